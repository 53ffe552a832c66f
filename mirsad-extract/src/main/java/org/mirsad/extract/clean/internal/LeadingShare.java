package org.mirsad.extract.clean.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A share bar or comment prompt glued to the start of the first paragraph by the scraper ("شارك من خلال
 * تويتر فيسبوك جوجل بلس اكتب رأيك أكد الوزير ..."): its length, so that the story starts after it.
 *
 * <p>The prefix is a run of words from the share and comment cue lists and share fillers (على، عبر، من
 * خلال ...), holding at least {@value #MIN_CUE_WORDS} cue words from two cue phrases or more, with at least
 * {@value #MIN_STORY_WORDS} words after it; anything else at the start is no such prefix.
 */
final class LeadingShare {

    /** Fewest share or comment cue words in a prefix. */
    static final int MIN_CUE_WORDS = 3;
    /** Fewest words of story after the prefix. */
    static final int MIN_STORY_WORDS = 6;
    /** Longest prefix looked at, in words. */
    private static final int MAX_PREFIX_WORDS = 16;

    private LeadingShare() {
    }

    /** Characters of {@code text} the glued share prefix takes (up to the story's first word), or 0. */
    static int length(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n && spans.size() < MAX_PREFIX_WORDS + MIN_STORY_WORDS) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                spans.add(new int[] {s, i});
                keys.add(LineKey.of(text.substring(s, i)));
            }
        }
        String[] w = new String[keys.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = keys.get(k).isEmpty() ? "\u0000" : keys.get(k).indexOf(' ') >= 0 ? keys.get(k).replace(' ', '\u0000') : keys.get(k);
        }
        int k = 0;
        int cueWords = 0;
        int phrases = 0;
        while (k < w.length && k < MAX_PREFIX_WORDS) {
            int m = Math.max(Cues.SHARE.matchAt(w, k), Cues.COMMENT.matchAt(w, k));
            if (m > 0) {
                cueWords += m;
                phrases++;
                k += m;
            } else if (Cues.SHARE_FILLER.containsWord(w[k])) {
                k++;
            } else {
                break;
            }
        }
        if (cueWords < MIN_CUE_WORDS || phrases < 2 || w.length - k < MIN_STORY_WORDS || k >= spans.size()) {
            return 0;
        }
        return spans.get(k)[0];
    }
}
