package org.mirsad.extract.internal;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mirsad.arabic.ArabicNormalizer;

/**
 * Titles of offices whose holder is named together with a preposition that belongs to the office, shared
 * by the entity roles and the quote speakers so that both read the same phrase the same way.
 */
public final class OfficeTitles {

    private OfficeTitles() {
    }

    /** Posts held in or towards a place, normalized: they take إلى or لدى (مبعوث الأمم المتحدة إلى سوريا). */
    private static final Set<String> ENVOYS = Stream.of("مبعوث", "المبعوث", "مبعوثة", "المبعوثة", "سفير", "السفير",
            "سفيرة", "السفيرة", "مندوب", "المندوب", "مندوبة", "المندوبة", "موفد", "الموفد", "ممثل", "الممثل", "ممثلة",
            "الممثلة").map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /** Members of a body who sit for a party, list or district, normalized: they take عن (النائب عن كتلة X). */
    private static final Set<String> MEMBERS = Stream.of("عضو", "العضو", "عضوة", "العضوة", "نائب", "النائب", "نائبة",
            "النائبة").map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /** Whether a word, normalized as the text layer normalizes tokens, is a member's title (عضو، النائب). */
    public static boolean member(String normalizedWord) {
        return MEMBERS.contains(normalizedWord);
    }

    /** Whether a word, normalized as the text layer normalizes tokens, is an envoy's title (مبعوث، السفير). */
    public static boolean envoy(String normalizedWord) {
        return ENVOYS.contains(normalizedWord);
    }
}
