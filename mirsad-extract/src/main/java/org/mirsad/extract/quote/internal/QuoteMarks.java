package org.mirsad.extract.quote.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted stretches of a text: «...», “...”, ‹...›, „...“ and "..." (also the mirrored pairs »...«
 * and ”...“ that right-to-left editors produce). A quote closes on its own line; one left open runs
 * to the end of the line.
 */
public final class QuoteMarks {

    /** A quoted stretch: {@code open} and {@code close} are the offsets of the marks ({@code close} may equal the line end). */
    public record Region(int open, int close, boolean closed) {
        /** Offset of the first quoted character. */
        public int innerStart() {
            return open + 1;
        }
    }

    private static final String OPEN = "«“‹„\"»”›";
    private static final String CLOSE = "»”›“\"«“‹";

    private QuoteMarks() {
    }

    /** A cheap range test passed by every character of {@link #OPEN}: ASCII {@code "}, Latin-1 guillemets, general punctuation quotes. */
    private static boolean mayBeMark(char c) {
        return c == '"' || c == '\u00AB' || c == '\u00BB' || c >= '\u2018' && c <= '\u203A';
    }

    /** The quoted regions of {@code text}, in order, not nested. */
    public static List<Region> find(String text) {
        List<Region> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int k = mayBeMark(c) ? OPEN.indexOf(c) : -1;
            if (k < 0) {
                i++;
                continue;
            }
            char closer = CLOSE.charAt(k);
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int j = i + 1;
            while (j < lineEnd && text.charAt(j) != closer) {
                j++;
            }
            boolean mirrored = k >= 5;
            if (j < lineEnd) {
                out.add(new Region(i, j, true));
                i = j + 1;
            } else if (!mirrored && c != '"' && j - i > 1) {
                out.add(new Region(i, lineEnd, false));
                i = lineEnd;
            } else {
                i++;
            }
        }
        return out;
    }
}
