package org.mirsad.core.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article: its metadata, its clean text, the layers computed over the text, and the raw input.
 *
 * <p>Immutable. Layers are added with {@link #with(Layer, List)}, which validates every annotation
 * against the text, so a document never holds a span outside its text. Reading a layer that has not
 * been computed is an error ({@link #get(Layer)}), never a silent {@code null}.
 *
 * @param meta   metadata (id, source, outlet, title, ...)
 * @param text   the clean body text, title excluded; every span indexes it
 * @param layers computed layers, by key
 * @param raw    the raw input and offset map back to it, or null when not kept
 */
public record Document(Metadata meta, String text, Map<Layer<?>, List<?>> layers, RawText raw) {

    /**
     * Validates and copies the fields. Layers this class has already validated against the very same
     * text (those of another document with this text object) are taken as they are.
     */
    public Document {
        if (meta == null || text == null) {
            throw new IllegalArgumentException("document needs metadata and text");
        }
        if (!(layers instanceof CheckedLayers checkedLayers && checkedLayers.text == text)) {
            Map<Layer<?>, List<?>> copy = new LinkedHashMap<>();
            if (layers != null) {
                for (Map.Entry<Layer<?>, List<?>> e : layers.entrySet()) {
                    copy.put(e.getKey(), checked(e.getKey(), e.getValue(), text));
                }
            }
            layers = new CheckedLayers(text, copy);
        }
    }

    /** A document with no layers yet. */
    public static Document of(Metadata meta, String text, RawText raw) {
        return new Document(meta, text, Map.of(), raw);
    }

    /** True when the layer has been computed. */
    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /**
     * The items of a computed layer.
     *
     * @throws IllegalStateException when the layer has not been computed
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> items = layers.get(layer);
        if (items == null) {
            throw new IllegalStateException("layer '" + layer.name() + "' has not been computed for document "
                    + meta.id());
        }
        return (List<T>) items;
    }

    /** The items of a layer, or an empty list when it has not been computed. */
    @SuppressWarnings("unchecked")
    public <T> List<T> getOrEmpty(Layer<T> layer) {
        List<?> items = layers.get(layer);
        return items == null ? List.of() : (List<T>) items;
    }

    /**
     * A copy with a layer set (replacing any previous value).
     *
     * @throws IllegalArgumentException when an item is of the wrong type or does not fit the text
     */
    public <T> Document with(Layer<T> layer, List<? extends T> items) {
        Map<Layer<?>, List<?>> copy = new LinkedHashMap<>(layers);
        copy.put(layer, checked(layer, items, text));
        return new Document(meta, text, new CheckedLayers(text, copy), raw);
    }

    /** A copy with other metadata. */
    public Document withMeta(Metadata newMeta) {
        return new Document(newMeta, text, layers, raw);
    }

    /**
     * The read-only layers of a document together with the text they were validated against, so that
     * {@link #with} validates only the layer it adds instead of every layer again.
     */
    private static final class CheckedLayers extends AbstractMap<Layer<?>, List<?>> {

        private final String text;
        private final Map<Layer<?>, List<?>> layers;

        CheckedLayers(String text, Map<Layer<?>, List<?>> validated) {
            this.text = text;
            this.layers = Collections.unmodifiableMap(validated);
        }

        @Override
        public Set<Entry<Layer<?>, List<?>>> entrySet() {
            return layers.entrySet();
        }

        @Override
        public List<?> get(Object key) {
            return layers.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return layers.containsKey(key);
        }

        @Override
        public int size() {
            return layers.size();
        }
    }

    private static List<?> checked(Layer<?> layer, List<?> items, String text) {
        if (layer == null || items == null) {
            throw new IllegalArgumentException("layer key and items must not be null");
        }
        for (Object item : items) {
            if (!layer.itemType().isInstance(item)) {
                throw new IllegalArgumentException("layer '" + layer.name() + "' holds " + layer.itemType().getSimpleName()
                        + ", not " + (item == null ? "null" : item.getClass().getSimpleName()));
            }
            if (item instanceof Annotation a) {
                a.validateAgainst(text);
            }
        }
        return List.copyOf(items);
    }
}
