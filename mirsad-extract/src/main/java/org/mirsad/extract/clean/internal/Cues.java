package org.mirsad.extract.clean.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The cue lists of the cleaner, one named constant per resource file under
 * {@code org/mirsad/extract/clean/cues/}. Cues are features: each rule that uses one also checks the
 * line's shape (length, punctuation), so a content sentence that mentions a cue word is kept.
 */
public final class Cues {

    /** Share-button vocabulary ({@code share.txt}). */
    public static final PhraseSet SHARE = PhraseSet.load("share.txt");
    /** Words tolerated inside a share bar ({@code share-filler.txt}). */
    public static final PhraseSet SHARE_FILLER = PhraseSet.load("share-filler.txt");
    /** Headings of related-links blocks ({@code related.txt}). */
    public static final PhraseSet RELATED = PhraseSet.load("related.txt");
    /** Openers of tag lines ({@code tags.txt}). */
    public static final PhraseSet TAGS = PhraseSet.load("tags.txt");
    /** Copyright footer phrases ({@code copyright.txt}). */
    public static final PhraseSet COPYRIGHT = PhraseSet.load("copyright.txt");
    /** Comment prompt phrases ({@code comment.txt}). */
    public static final PhraseSet COMMENT = PhraseSet.load("comment.txt");
    /** Openers of staff lines ({@code staff.txt}). */
    public static final PhraseSet STAFF = PhraseSet.load("staff.txt");
    /** Words that open an outlet name ({@code masthead.txt}). */
    public static final PhraseSet MASTHEAD = PhraseSet.load("masthead.txt");
    /** Openers of captions ({@code caption.txt}). */
    public static final PhraseSet CAPTION = PhraseSet.load("caption.txt");
    /** Photo-credit words ({@code caption-credit.txt}). */
    public static final PhraseSet CAPTION_CREDIT = PhraseSet.load("caption-credit.txt");
    /** Byline openers ({@code byline-cue.txt}). */
    public static final PhraseSet BYLINE = PhraseSet.load("byline-cue.txt");
    /** News agencies ({@code agencies.txt}). */
    public static final PhraseSet AGENCIES = PhraseSet.load("agencies.txt");
    /**
     * Dateline places: {@code places.txt} and the places the entity recognizer knows (its countries,
     * cities and regions lexicons under {@code org/mirsad/extract/ner/lexicon/}).
     */
    public static final PhraseSet PLACES = PhraseSet.of(places());
    /** Navigation section names ({@code nav.txt}). */
    public static final PhraseSet NAV = PhraseSet.load("nav.txt");
    /** Stamp words ({@code stamp.txt}). */
    public static final PhraseSet STAMP = PhraseSet.load("stamp.txt");
    /** Weekday names ({@code weekdays.txt}). */
    public static final PhraseSet WEEKDAYS = PhraseSet.load("weekdays.txt");
    /** Month names → month number, 0 for Hijri months ({@code months.txt}). */
    public static final Map<String, Integer> MONTHS = loadMonths();
    /** Month names as phrases (for multi-word names such as كانون الثاني). */
    public static final PhraseSet MONTH_NAMES = PhraseSet.of(new java.util.ArrayList<>(MONTHS.keySet()));

    private Cues() {
    }

    private static java.util.List<String> places() {
        java.util.List<String> all = new java.util.ArrayList<>(PhraseSet.readResource("places.txt"));
        for (String name : new String[] {"countries.txt", "cities.txt", "regions.txt"}) {
            all.addAll(PhraseSet.readAnyResource("/org/mirsad/extract/ner/lexicon/" + name));
        }
        return all;
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> m = new HashMap<>();
        for (String l : PhraseSet.readResource("months.txt")) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int tab = t.lastIndexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("months.txt: no tab in " + t);
            }
            m.put(LineKey.of(t.substring(0, tab)), Integer.parseInt(t.substring(tab + 1).strip()));
        }
        return Map.copyOf(m);
    }
}
