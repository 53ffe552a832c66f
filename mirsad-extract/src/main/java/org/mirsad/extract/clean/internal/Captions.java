package org.mirsad.extract.clean.internal;

import java.util.List;
import java.util.Set;
import org.mirsad.extract.clean.LineKind;

/**
 * Truncated caption prefixes: scrapers often print a caption cut short (with or without "…") just before
 * the full caption. A line whose key is a proper prefix of the next line's key (at least
 * {@link #MIN_PREFIX_CHARS} chars) is a caption prefix when it ends with an ellipsis, or when the next line is
 * a caption, or when the next line is caption-shaped (no full stop, at most
 * {@link DebrisRules#MAX_CAPTION_WORDS} words) — then both are captions. A truncated line before a full
 * sentence is a {@code DUPLICATE}. The first content line of the article is never taken (it is the likely
 * headline, which the lead often repeats).
 */
public final class Captions {

    /** Least length of a caption prefix key. */
    public static final int MIN_PREFIX_CHARS = 8;

    private Captions() {
    }

    /** Marks caption prefixes (their indexes go to {@code prefixes}) and the captions they announce. */
    public static void markPrefixes(List<Line> lines, Set<Integer> prefixes) {
        boolean firstOpenSeen = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            boolean aOpen = a.kind == null || a.kind == LineKind.CAPTION;
            if (a.kind == null && !firstOpenSeen) {
                firstOpenSeen = true;
                continue;
            }
            if (!aOpen || !(b.kind == null || b.kind == LineKind.CAPTION)) {
                continue;
            }
            if (a.key.length() < MIN_PREFIX_CHARS || b.key.length() <= a.key.length() || !b.key.startsWith(a.key)) {
                continue;
            }
            boolean bCaption = b.kind == LineKind.CAPTION
                    || !b.shape.period && b.shape.words <= DebrisRules.MAX_CAPTION_WORDS && !b.shape.strong();
            if (bCaption) {
                a.kind = LineKind.CAPTION;
                prefixes.add(a.index);
                b.kind = LineKind.CAPTION;
            } else if (a.shape.ellipsisEnd) {
                a.kind = LineKind.DUPLICATE;
            }
        }
    }
}
