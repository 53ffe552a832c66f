package org.mirsad.extract.clean;

/**
 * A raw line the cleaner removed from the body.
 *
 * @param line   the line's text
 * @param reason why it was removed (e.g. {@code "navigation"}, {@code "caption"})
 */
public record DroppedLine(String line, String reason) {
}
