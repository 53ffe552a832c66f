package org.mirsad.core.model;

/**
 * The raw input an article was cleaned from, with the map from clean offsets back to it.
 *
 * @param text the raw input as decoded
 * @param map  clean-text offsets to raw offsets
 */
public record RawText(String text, OffsetMap map) {

    /** Validates the fields. */
    public RawText {
        if (text == null || map == null) {
            throw new IllegalArgumentException("raw text and map must not be null");
        }
    }
}
