package org.mirsad.core.model;

import java.util.List;

/**
 * An attributed statement: who said what, and through whom it was reported.
 *
 * @param span    the whole attribution (speaker, cue and content)
 * @param speaker who speaks, or null when the text does not say
 * @param cue     the reporting verb or attribution phrase
 * @param content the statement itself
 * @param direct  true for quoted words
 * @param via     outlets and sources the statement passed through, nearest first
 */
public record Quote(Span span, Mention speaker, Mention cue, Span content, boolean direct, List<String> via)
        implements Annotation {

    /** Validates and copies the fields. */
    public Quote {
        if (span == null || cue == null || content == null) {
            throw new IllegalArgumentException("quote span, cue and content must not be null");
        }
        via = via == null ? List.of() : List.copyOf(via);
    }

    @Override
    public void validateAgainst(String text) {
        span.checkWithin(text.length());
        content.checkWithin(text.length());
        Annotation.checkSurface("quote cue", cue.span(), cue.text(), text);
        if (speaker != null) {
            Annotation.checkSurface("quote speaker", speaker.span(), speaker.text(), text);
        }
    }
}
