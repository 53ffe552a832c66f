package org.mirsad.core.model;

import java.util.List;

/**
 * A typed key for one layer of a {@link Document}: the tokens, the entities, the quotes, ...
 *
 * <p>Layers are compared by identity of their name; use the constants.
 *
 * @param name     the layer's name, as it appears in JSON and in pipeline errors
 * @param itemType the type of the layer's items
 * @param <T>      the type of the layer's items
 */
public record Layer<T>(String name, Class<T> itemType) {

    /** Tokens with normalized forms and clitic segmentation. */
    public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);
    /** Sentences. */
    public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);
    /** Named entities. */
    public static final Layer<Entity> ENTITIES = new Layer<>("entities", Entity.class);
    /** Attributed statements. */
    public static final Layer<Quote> QUOTES = new Layer<>("quotes", Quote.class);
    /** Quantities. */
    public static final Layer<Quantity> QUANTITIES = new Layer<>("quantities", Quantity.class);
    /** Dates and times. */
    public static final Layer<DateMention> DATES = new Layer<>("dates", DateMention.class);
    /** Outlets and agencies the article cites, in order of first citation. */
    public static final Layer<String> SOURCES = new Layer<>("sources", String.class);

    /** Every layer, in output order. */
    public static final List<Layer<?>> ALL = List.of(TOKENS, SENTENCES, ENTITIES, QUOTES, QUANTITIES, DATES, SOURCES);

    /** Validates the fields. */
    public Layer {
        if (name == null || name.isBlank() || itemType == null) {
            throw new IllegalArgumentException("layer needs a name and an item type");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
