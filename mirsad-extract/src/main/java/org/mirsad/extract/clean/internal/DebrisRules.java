package org.mirsad.extract.clean.internal;

import org.mirsad.extract.clean.LineKind;

/**
 * Line-level debris rules: each combines a cue list with a shape condition, so that a sentence that
 * merely mentions a cue word stays content. Applied to every line before the body block is chosen.
 *
 * <ul>
 *   <li>{@link #isCopyright}: "©" or a copyright phrase, at most {@link #MAX_FOOTER_WORDS} words;</li>
 *   <li>{@link #isShare}: at most {@link #MAX_SHARE_WORDS} words, one share word or more, and share words
 *       make up {@link #MIN_SHARE_SHARE} of the words that are not filler or numbers;</li>
 *   <li>{@link #isComment}: at most {@link #MAX_PROMPT_WORDS} words, no full stop, and either the whole line
 *       (numbers aside) is a comment phrase or a phrase of two words or more occurs in it;</li>
 *   <li>{@link #isRelatedHeading}: the whole line is a related-links heading (numbers and arrows allowed);</li>
 *   <li>{@link #isRelatedInline}: a related heading, a colon, then a headline, not a strong sentence;</li>
 *   <li>{@link #isTags}: a tags opener then a colon, separators or commas (or a two-word opener), no full stop;</li>
 *   <li>{@link #isStaff}: a staff title opener, at most {@link #MAX_PROMPT_WORDS}+4 words, no full stop;</li>
 *   <li>{@link #isNavigation}: ≥ 2 separators with ≤ 3 words per segment and no sentence end, or a short
 *       unpunctuated line made only of section names ({@code nav.txt});</li>
 *   <li>{@link #isCaption}: a caption opener ({@code caption.txt}), or a photo credit at the end in () or
 *       after a dash or slash ({@code caption-credit.txt}), at most {@link #MAX_CAPTION_WORDS} words and
 *       not a long full-stop sentence;</li>
 *   <li>{@link #isMastheadCue}: an outlet word (جريدة، صحيفة …) then a name, at most 6 words, no punctuation.</li>
 * </ul>
 */
public final class DebrisRules {

    /** Most words of a copyright footer. */
    public static final int MAX_FOOTER_WORDS = 30;
    /** Most words of a share bar. */
    public static final int MAX_SHARE_WORDS = 14;
    /** Least share of share words among a share bar's non-filler words. */
    public static final double MIN_SHARE_SHARE = 0.6;
    /** Most words of a comment prompt or staff line. */
    public static final int MAX_PROMPT_WORDS = 8;
    /** Most words of a caption. */
    public static final int MAX_CAPTION_WORDS = 30;
    /** Most words in one segment of a navigation bar. */
    public static final int MAX_NAV_SEGMENT_WORDS = 3;

    private DebrisRules() {
    }

    /** The debris kind of a line by cue and shape, or null. Related headings are reported as RELATED. */
    public static LineKind kindOf(Line l) {
        if (isCopyright(l)) {
            return LineKind.COPYRIGHT;
        }
        if (isShare(l)) {
            return LineKind.SHARE;
        }
        if (isRelatedHeading(l) || isRelatedInline(l)) {
            return LineKind.RELATED;
        }
        if (isComment(l)) {
            return LineKind.COMMENT;
        }
        if (isTags(l)) {
            return LineKind.TAGS;
        }
        if (isStaff(l)) {
            return LineKind.STAFF;
        }
        if (DateStamps.isStamp(l)) {
            return LineKind.STAMP;
        }
        if (isNavigation(l)) {
            return LineKind.NAVIGATION;
        }
        if (isCaption(l)) {
            return LineKind.CAPTION;
        }
        return null;
    }

    /** A copyright footer. */
    public static boolean isCopyright(Line l) {
        if (l.shape.words > MAX_FOOTER_WORDS) {
            return false;
        }
        return l.text.indexOf('©') >= 0 || Cues.COPYRIGHT.occursIn(l.words());
    }

    /** A share bar. */
    public static boolean isShare(Line l) {
        if (l.shape.words > MAX_SHARE_WORDS || l.shape.period && l.shape.words > 3) {
            return false;
        }
        String[] w = l.words();
        int share = 0;
        int other = 0;
        int i = 0;
        while (i < w.length) {
            int m = Cues.SHARE.matchAt(w, i);
            if (m > 0) {
                share += m;
                i += m;
                continue;
            }
            if (!Cues.SHARE_FILLER.containsWord(w[i]) && !DateStamps.isNumber(w[i])) {
                other++;
            }
            i++;
        }
        return share > 0 && share >= MIN_SHARE_SHARE * (share + other) && other <= 2;
    }

    /** A comment prompt or counter. */
    public static boolean isComment(Line l) {
        if (l.shape.words > MAX_PROMPT_WORDS || l.shape.period) {
            return false;
        }
        String[] w = dropNumbers(l.words());
        return w.length > 0 && Cues.COMMENT.prefixLength(w) == w.length || Cues.COMMENT.longestOccurrence(w) >= 2;
    }

    /** A related-links heading alone on its line. */
    public static boolean isRelatedHeading(Line l) {
        if (l.shape.words > 6 || l.shape.period) {
            return false;
        }
        String[] w = dropNumbers(l.words());
        return w.length > 0 && Cues.RELATED.prefixLength(w) == w.length;
    }

    /** "اقرأ أيضا: headline" on one line. */
    public static boolean isRelatedInline(Line l) {
        if (l.shape.strong() && l.shape.words > 20) {
            return false;
        }
        int p = Cues.RELATED.prefixLength(l.words());
        if (p == 0) {
            return false;
        }
        int colon = l.text.indexOf(':');
        int guil = l.text.indexOf('»');
        int mark = colon < 0 ? guil : guil < 0 ? colon : Math.min(colon, guil);
        return mark > 0 && mark < 30 && Credits.words(l.text.substring(0, mark)) == p;
    }

    /** A tags line. */
    public static boolean isTags(Line l) {
        if (l.shape.period || l.shape.words > 40) {
            return false;
        }
        int p = Cues.TAGS.prefixLength(l.words());
        if (p == 0) {
            return false;
        }
        int colon = l.text.indexOf(':');
        return colon > 0 && colon < 30 || l.shape.separators + l.shape.commas > 0 || p >= 2 && l.shape.words <= 12;
    }

    /** A staff line. */
    public static boolean isStaff(Line l) {
        return l.shape.words <= MAX_PROMPT_WORDS + 4 && !l.shape.period && Cues.STAFF.prefixLength(l.words()) > 0;
    }

    /** A navigation bar, breadcrumb or menu line. */
    public static boolean isNavigation(Line l) {
        LineShape s = l.shape;
        if (s.terminal || s.words == 0) {
            return false;
        }
        if (s.separators >= 2 && s.maxSegmentWords <= MAX_NAV_SEGMENT_WORDS && s.words <= 30) {
            return true;
        }
        if (s.words > 10 || s.commas > 0) {
            return false;
        }
        String[] w = l.words();
        int i = 0;
        while (i < w.length) {
            int m = Cues.NAV.matchAt(w, i);
            if (m == 0) {
                return false;
            }
            i += m;
        }
        return true;
    }

    /** An image or video caption. */
    public static boolean isCaption(Line l) {
        LineShape s = l.shape;
        if (s.words == 0 || s.words > MAX_CAPTION_WORDS || s.period && s.words > 20) {
            return false;
        }
        if (Cues.CAPTION.prefixLength(l.words()) > 0 && (!s.period || s.words <= 15)) {
            return true;
        }
        return endsWithCredit(l.text);
    }

    /** Whether the text ends with a photo credit: "(رويترز)", "- أرشيفية", "/ Getty". */
    static boolean endsWithCredit(String t) {
        int end = t.length();
        while (end > 0 && (Line.isTrimmable(t.charAt(end - 1)) || t.charAt(end - 1) == '.')) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        int start;
        String inner;
        if (t.charAt(end - 1) == ')') {
            start = t.lastIndexOf('(', end - 1);
            if (start < 0) {
                return false;
            }
            inner = t.substring(start + 1, end - 1);
        } else {
            start = -1;
            for (int i = end - 1; i >= 0; i--) {
                char c = t.charAt(i);
                if ((c == '/' || LineShape.isDash(c) || c == '|') && i > 0 && Character.isWhitespace(t.charAt(i - 1))) {
                    start = i;
                    break;
                }
            }
            if (start < 0) {
                return false;
            }
            inner = t.substring(start + 1, end);
        }
        String[] w = LineKey.words(LineKey.of(inner));
        if (w.length == 0 || w.length > 4) {
            return false;
        }
        int i = 0;
        while (i < w.length) {
            int m = Cues.CAPTION_CREDIT.matchAt(w, i);
            if (m > 0) {
                return true;
            }
            i++;
        }
        return false;
    }

    /** An outlet name opened by an outlet word. */
    public static boolean isMastheadCue(Line l) {
        LineShape s = l.shape;
        return s.words <= 6 && !s.terminal && s.commas == 0 && Cues.MASTHEAD.prefixLength(l.words()) > 0
                && l.words().length > Cues.MASTHEAD.prefixLength(l.words());
    }

    private static String[] dropNumbers(String[] w) {
        int n = 0;
        for (String s : w) {
            if (!DateStamps.isNumber(s)) {
                n++;
            }
        }
        if (n == w.length) {
            return w;
        }
        String[] out = new String[n];
        int k = 0;
        for (String s : w) {
            if (!DateStamps.isNumber(s)) {
                out[k++] = s;
            }
        }
        return out;
    }
}
