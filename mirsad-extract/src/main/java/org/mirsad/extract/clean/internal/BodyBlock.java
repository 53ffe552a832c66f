package org.mirsad.extract.clean.internal;

import java.util.List;

/**
 * Chooses the main content block: the run of undecided lines with the largest total content score
 * (maximum-sum subarray, as in Finn et al.'s Body Text Extraction). Lines already decided as debris are
 * skipped, so they neither break nor join a run.
 *
 * <p>Score of a line with {@code w} words: {@code +w} when sentence-like ({@link LineShape#sentenceLike});
 * {@code +w/3} when long ({@code w >= }{@link #LONG_WORDS}) without sentence punctuation; otherwise
 * {@code -max(}{@link #MIN_PENALTY}{@code , w)} (short lines without sentence shape: menus, headlines,
 * captions, credits).
 */
public final class BodyBlock {

    /** Words from which an unpunctuated line counts (weakly) as content. */
    public static final int LONG_WORDS = 14;
    /** Least penalty of a short non-sentence line. */
    public static final int MIN_PENALTY = 3;

    private BodyBlock() {
    }

    /** The content score of a line. */
    public static int score(Line l) {
        LineShape s = l.shape;
        if (s.sentenceLike()) {
            return s.words;
        }
        if (s.words >= LONG_WORDS) {
            return s.words / 3;
        }
        return -Math.max(MIN_PENALTY, s.words);
    }

    /**
     * The first and last index (into {@code lines}) of the best block among lines with a null kind, or
     * null when no run has a positive score.
     */
    public static int[] find(List<Line> lines) {
        int best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        int sum = 0;
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind != null) {
                continue;
            }
            int v = score(l);
            if (start < 0 || sum <= 0) {
                start = i;
                sum = 0;
            }
            sum += v;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }
}
