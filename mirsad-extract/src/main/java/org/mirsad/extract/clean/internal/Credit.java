package org.mirsad.extract.clean.internal;

/**
 * A dateline/byline found at the head of an article.
 *
 * @param dateline the place, or null
 * @param byline   the person or outlet credited, or null
 * @param skip     for a credit that opens a paragraph: how many chars of the line it takes (the body
 *                 starts after them); for a credit line: the line's length
 */
public record Credit(String dateline, String byline, int skip) {
}
