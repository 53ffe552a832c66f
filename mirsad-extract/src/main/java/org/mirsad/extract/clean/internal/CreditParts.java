package org.mirsad.extract.clean.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A credit written on its own — the author field of a feed or a dump, or the words before the colon
 * that open a story — read part by part.
 *
 * <p>Parts are separated by dashes, colons, slashes, bars and commas, and a bracketed run is a part of
 * its own ("حاتم العميري - سبق - مكة المكرمة:", "لندن: «الشرق الأوسط»", "سلمان الضباح (بريدة)"); a known
 * place after {@code من} is a part too ("عبد العزيز الفكي من الدمام"). Each part is one of:
 * <ul>
 *   <li>{@link Kind#PLACE}: a known place ({@link Cues#PLACES}), not in «» or quotes (those hold outlets);</li>
 *   <li>{@link Kind#AGENCY}: a news agency ({@link Cues#AGENCIES});</li>
 *   <li>{@link Kind#DESK}: a byline word alone (متابعة، تقرير);</li>
 *   <li>{@link Kind#PHOTO}: a photo credit word (تصوير); it takes the photographer named right after it;</li>
 *   <li>{@link Kind#PERSON}: two to five words opening with a known given name;</li>
 *   <li>{@link Kind#OTHER}: any other name of at most {@link #MAX_PART_WORDS} words (an outlet, a desk,
 *       a name the lists do not know).</li>
 * </ul>
 * The dateline is the places (joined by "، "); with none, a first part of at most three words before a
 * colon is the place by the Arabic convention "المكان: الكاتب". The byline is the persons, else the
 * agencies, else the other names. A part with a digit or more than {@link #MAX_PART_WORDS} words means
 * the text is no credit.
 */
public final class CreditParts {

    /** Most words of one part. */
    public static final int MAX_PART_WORDS = 5;
    /** Most words of an unknown first part taken as the place before a colon. */
    public static final int MAX_CONVENTION_PLACE_WORDS = 3;

    private static final PhraseSet GIVEN_NAMES = PhraseSet.of(concat(
            PhraseSet.readAnyResource("/org/mirsad/extract/ner/lexicon/given_names_male.txt"),
            PhraseSet.readAnyResource("/org/mirsad/extract/ner/lexicon/given_names_female.txt")));
    private static final String PHOTO_WORD = LineKey.of("تصوير");
    private static final String LENS_WORD = LineKey.of("عدسة");
    private static final String FROM = LineKey.of("من");

    /** What a part of a credit names. */
    public enum Kind { PLACE, AGENCY, DESK, PHOTO, PERSON, OTHER }

    /**
     * One part of a credit.
     *
     * @param text  the part as written, without surrounding marks
     * @param kind  what it names
     * @param colon whether a colon follows it
     */
    public record Part(String text, Kind kind, boolean colon) {
    }

    /**
     * What a credit says.
     *
     * @param dateline  the place, or null
     * @param byline    the person, agency or outlet credited, or null
     * @param confident whether some part is a known place, agency, desk word or photo credit, or a person
     *                  stands beside short names only — enough to cut the text from a story's opening
     */
    public record Reading(String dateline, String byline, boolean confident) {
    }

    private CreditParts() {
    }

    /** The reading of {@code credit}, or null when it is no credit (a part too long, a digit, no words). */
    public static Reading read(String credit) {
        if (credit == null || credit.contains("://") || credit.contains("www.") || credit.contains("@")) {
            return null; // a page's author field holding a profile address
        }
        List<Part> parts = parts(credit);
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        List<String> places = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        List<String> others = new ArrayList<>();
        boolean known = false;
        boolean longOther = false;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            switch (p.kind()) {
                case PLACE -> places.add(p.text());
                case PERSON -> persons.add(p.text());
                case AGENCY -> agencies.add(p.text());
                case OTHER -> {
                    others.add(p.text());
                    longOther |= Credits.words(p.text()) > 2;
                }
                case PHOTO -> {
                    if (Credits.words(p.text()) == 1 && i + 1 < parts.size()
                            && (parts.get(i + 1).kind() == Kind.PERSON || parts.get(i + 1).kind() == Kind.OTHER)) {
                        i++; // تصوير: فلان — the photographer
                    }
                }
                case DESK -> {
                }
            }
            known |= p.kind() == Kind.PLACE || p.kind() == Kind.AGENCY || p.kind() == Kind.DESK || p.kind() == Kind.PHOTO;
        }
        String dateline = places.isEmpty() ? null : String.join("، ", places);
        Part first = parts.get(0);
        if (dateline == null && parts.size() > 1 && first.colon() && first.kind() == Kind.OTHER
                && Credits.words(first.text()) <= MAX_CONVENTION_PLACE_WORDS) {
            dateline = first.text(); // المجاردة: محمد آل عمر
            others.remove(0);
        }
        String byline = !persons.isEmpty() ? String.join("، ", persons)
                : !agencies.isEmpty() ? String.join("، ", agencies)
                : !others.isEmpty() ? String.join(" - ", others) : null;
        boolean confident = known || !persons.isEmpty() && !longOther;
        return new Reading(dateline, byline, confident);
    }

    /** The parts of {@code credit} in order, or null when one is too long or holds a digit. */
    public static List<Part> parts(String credit) {
        List<Part> out = new ArrayList<>();
        String t = credit == null ? "" : credit;
        int start = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            char close = c == '«' ? '»' : c == '(' ? ')' : c == '"' ? '"' : c == '“' ? '”' : 0;
            if (close != 0) {
                int j = t.indexOf(close, i + 1);
                if (j > i) {
                    if (!add(out, t.substring(start, i), false, false)
                            || !add(out, t.substring(i + 1, j), c != '(', colonAfter(t, j + 1))) {
                        return null;
                    }
                    i = j + 1;
                    start = i;
                    continue;
                }
            }
            if (isSeparator(t, i)) {
                if (!add(out, t.substring(start, i), false, c == ':')) {
                    return null;
                }
                start = i + 1;
            }
            i++;
        }
        return add(out, t.substring(start), false, false) ? out : null;
    }

    private static boolean colonAfter(String t, int i) {
        while (i < t.length() && Line.isTrimmable(t.charAt(i))) {
            i++;
        }
        return i < t.length() && t.charAt(i) == ':';
    }

    private static boolean isSeparator(String t, int i) {
        char c = t.charAt(i);
        return c == ':' || c == '/' || c == '|' || c == '،' || c == ',' || c == '\\'
                || LineShape.isDash(c) && Credits.isDashAt(t, i);
    }

    /** Adds the part written {@code raw}; false when it is too long or holds a digit. */
    private static boolean add(List<Part> out, String raw, boolean quoted, boolean colon) {
        String text = Credits.clean(raw);
        String key = LineKey.of(text);
        String[] words = LineKey.words(key);
        if (words.length == 0) {
            if (colon && !out.isEmpty()) {
                Part last = out.remove(out.size() - 1);
                out.add(new Part(last.text(), last.kind(), true)); // «الشرق الأوسط» :
            }
            return true;
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) >= '0' && key.charAt(k) <= '9') {
                return false;
            }
        }
        int from = fromPlace(words);
        if (!quoted && from >= 0) {
            int cut = indexOfWord(text, words[from]);
            if (cut >= 0 && add(out, text.substring(0, cut), false, false)) {
                String place = Credits.clean(text.substring(cut + words[from].length()));
                out.add(new Part(place, Kind.PLACE, colon));
                return true;
            }
        }
        if (words.length > MAX_PART_WORDS) {
            return false;
        }
        if (words.length > 1 && Cues.BYLINE.containsWord(words[0]) && !words[0].equals(PHOTO_WORD)) {
            int cut = indexOfWord(text, words[1]);
            if (cut > 0) {
                return add(out, text.substring(cut), quoted, colon); // كتب فلان، متابعة فلان
            }
        }
        out.add(new Part(text, kindOf(key, words, quoted), colon));
        return true;
    }

    /** The index of a من followed by a known place ending the part, or -1. */
    private static int fromPlace(String[] words) {
        for (int k = words.length - 2; k >= 0; k--) {
            if (words[k].equals(FROM)) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k + 1, words.length));
                return Cues.PLACES.matches(rest) ? k : -1;
            }
        }
        return -1;
    }

    /** Where the word whose key is {@code wordKey} starts in {@code text} (searching whole words), or -1. */
    private static int indexOfWord(String text, String wordKey) {
        String[] raw = text.split("\\s+");
        int at = 0;
        for (String w : raw) {
            int pos = text.indexOf(w, at);
            if (LineKey.of(w).equals(wordKey)) {
                return pos;
            }
            at = pos + w.length();
        }
        return -1;
    }

    /** Whether {@code text} reads as a person's name: two to five words opening with a known given name. */
    public static boolean isPerson(String text) {
        String key = LineKey.of(text);
        String[] words = LineKey.words(key);
        return words.length <= MAX_PART_WORDS && words.length > 0 && kindOf(key, words, false) == Kind.PERSON;
    }

    private static Kind kindOf(String key, String[] words, boolean quoted) {
        if (Cues.AGENCIES.matches(key)) {
            return Kind.AGENCY;
        }
        if (!quoted && Cues.PLACES.matches(key)) {
            return Kind.PLACE;
        }
        if (words[0].equals(PHOTO_WORD) || words[0].equals(LENS_WORD)) {
            return Kind.PHOTO;
        }
        if (words.length == 1 && Cues.BYLINE.containsWord(words[0])) {
            return Kind.DESK;
        }
        int given = GIVEN_NAMES.prefixLength(words);
        if (!quoted && given > 0 && words.length > given) {
            return Kind.PERSON;
        }
        return Kind.OTHER;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
