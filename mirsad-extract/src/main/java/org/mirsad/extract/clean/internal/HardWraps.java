package org.mirsad.extract.clean.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the physical lines of each paragraph of a hard-wrapped text (wire copy, e-mail, text saved at a
 * fixed width) back into one logical line, after the debris rules have judged the physical lines.
 *
 * <p>Only lines no debris rule claimed take part. A text is taken as hard-wrapped only when the signs of a
 * fixed width are all there: at least {@value #MIN_FULL} such lines of several words fill the width (the
 * length of the second-longest of them, so that one longer line — a title, a link — may stand outside it,
 * though not one of twice its length, a paragraph nobody wrapped; at most {@value #MAX_WIDTH} characters) to within a fifth of it; they are at least 40% of those lines; most of
 * them (60%) end without a sentence-final mark, since a wrap falls mid-sentence while a paragraph per line
 * ends with one; and at least one of those open lines ends with a word no sentence or headline ends with
 * (في، من، أن، التي ...) or is followed by a line that ends a sentence (a paragraph's last line). Then a line
 * continues the one right before it when both are undecided, no blank line parts them, the one before is
 * full and the line is no byline or dateline ({@link Credits#ofLine}); across a sentence-final mark only when
 * the text parts its paragraphs with blank lines. A line a debris rule claimed continues only a full line
 * that stops mid-sentence, and only when it ends a sentence itself (a paragraph's short last line such as
 * «عامي 2011 و2015.» looks like a stamp).
 * Lines of one paragraph per line (the usual scrape) are left alone: their lengths do not gather under one
 * width.
 */
final class HardWraps {

    /** Widest wrap recognized, in characters. */
    static final int MAX_WIDTH = 140;
    /** How far below the width a full line may end, at least (else a fifth of the width). */
    static final int MIN_SLACK = 10;
    /** Fewest full lines for a text to count as wrapped. */
    static final int MIN_FULL = 3;

    private HardWraps() {
    }

    /**
     * {@code lines} with the physical lines of each wrapped paragraph joined ({@link Line#joined}); the same
     * list when the text is not hard-wrapped.
     */
    static List<Line> unwrap(List<Line> lines) {
        int width = width(lines);
        if (width < 0 || !wrapped(lines, width)) {
            return lines;
        }
        boolean blankParagraphs = blankParagraphs(lines);
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); ) {
            int j = i + 1;
            while (j < lines.size() && continues(lines.get(j - 1), lines.get(j), width, blankParagraphs)) {
                j++;
            }
            out.add(j == i + 1 ? lines.get(i).at(out.size()) : Line.joined(lines, i, j, out.size()));
            i = j;
        }
        return out;
    }

    /**
     * The width the text would be wrapped at, or -1 when it cannot be wrapped: the length whose window (from a
     * fifth below it up to it) holds the most lines of several words, the longest on a tie; a text where more
     * than one such line is twice as long, or a tenth of them are longer by a tenth, was not wrapped there.
     */
    private static int width(List<Line> lines) {
        int[] lengths = lines.stream().filter(HardWraps::candidate).mapToInt(l -> l.text.length()).sorted().toArray();
        if (lengths.length <= MIN_FULL) {
            return -1;
        }
        int best = -1;
        int bestCount = 0;
        for (int j = 0, i = 0; j < lengths.length; j++) {
            while (lengths[i] < lengths[j] - slack(lengths[j])) {
                i++;
            }
            if (j - i + 1 >= bestCount && lengths[j] <= MAX_WIDTH) {
                bestCount = j - i + 1;
                best = lengths[j];
            }
        }
        if (best < 0) {
            return -1;
        }
        int over = 0;
        int far = 0;
        for (int n : lengths) {
            over += n > best + best / 10 ? 1 : 0;
            far += n > 2 * best ? 1 : 0;
        }
        return far > 1 || over * 10 > lengths.length ? -1 : best;
    }

    /** How far below {@code width} a full line may end. */
    private static int slack(int width) {
        return Math.max(MIN_SLACK, width / 5);
    }

    private static boolean wrapped(List<Line> lines, int width) {
        int candidates = 0;
        int full = 0;
        int open = 0;
        int evidence = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!candidate(l)) {
                continue;
            }
            candidates++;
            if (full(l, width)) {
                full++;
                if (!l.shape.terminal && !l.shape.colonEnd) {
                    open++;
                    if (endsWithFunctionWord(l) || closesParagraph(lines, i + 1)) {
                        evidence++;
                    }
                }
            }
        }
        return full >= MIN_FULL && full * 10 >= candidates * 3 && open * 5 >= full * 3 && evidence > 0;
    }

    /** Whether line {@code i} (if any) directly follows the line before it and ends a sentence: a paragraph's last line. */
    private static boolean closesParagraph(List<Line> lines, int i) {
        return i < lines.size() && lines.get(i).kind == null && lines.get(i).blanksBefore == 0 && lines.get(i).shape.terminal;
    }

    private static boolean blankParagraphs(List<Line> lines) {
        int parted = 0;
        int candidates = 0;
        for (Line l : lines) {
            if (candidate(l)) {
                candidates++;
                if (l.index > 0 && l.blanksBefore > 0) {
                    parted++;
                }
            }
        }
        return parted * 10 >= candidates;
    }

    private static boolean continues(Line prev, Line l, int width, boolean blankParagraphs) {
        if (prev.kind != null || l.blanksBefore > 0 || !full(prev, width)) {
            return false;
        }
        boolean open = !prev.shape.terminal && !prev.shape.colonEnd;
        if (l.kind != null) {
            // a paragraph's short last line a debris rule took for a stamp or a caption (عامي 2011 و2015.)
            return open && l.shape.terminal && !l.noWords();
        }
        return (blankParagraphs || open)
                && Credits.ofLine(l, true) == null; // not the byline or dateline under a long title

    }

    /** An undecided line of three words or more. */
    private static boolean candidate(Line l) {
        return l.kind == null && l.shape.words >= 3;
    }

    private static boolean full(Line l, int width) {
        int n = l.text.length();
        return n >= width - slack(width) && n <= width + width / 10 && l.shape.words >= 3;
    }

    /** Words that end no sentence and no headline: prepositions, conjunctions, relatives, particles. */
    private static final PhraseSet FUNCTION_WORDS = PhraseSet.of(List.of("في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن",
            "ان", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "التى", "الذى", "بين", "حتى", "بعد", "قبل", "خلال",
            "منذ", "عند", "لدى", "نحو", "حول", "ضد", "عبر", "دون", "أو", "ثم", "لا", "لم", "لن", "قد", "كما", "بأن", "وأن",
            "لأن", "كان", "كانت", "أي", "هذا", "هذه", "ذلك", "تلك", "وفي", "ومن", "وعلى", "أمام", "وقال", "فيما", "بينما",
            "إذ", "إذا", "لكن", "غير", "عبد", "أبو", "بن"));

    private static boolean endsWithFunctionWord(Line l) {
        String[] w = l.words();
        return w.length > 0 && FUNCTION_WORDS.containsWord(w[w.length - 1]);
    }
}
