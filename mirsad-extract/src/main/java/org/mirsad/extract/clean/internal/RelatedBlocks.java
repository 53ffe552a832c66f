package org.mirsad.extract.clean.internal;

import java.util.List;
import org.mirsad.extract.clean.LineKind;

/**
 * Related-links blocks: a heading ("اقرأ أيضا", "أخبار ذات صلة", "الأكثر قراءة" …) and the linked headlines
 * under it. After a heading, following undecided lines are taken while they are headline-like: at most
 * {@link #MAX_ITEM_WORDS} words and not a full-stop sentence of {@link #MIN_SENTENCE_WORDS} words or more.
 * The block stops at a line another rule decided, at a content sentence, or after {@link #MAX_ITEMS} items.
 */
public final class RelatedBlocks {

    /** Most linked headlines under one heading. */
    public static final int MAX_ITEMS = 15;
    /** Most words of a linked headline. */
    public static final int MAX_ITEM_WORDS = 25;
    /** A full-stop line this long is content, not a linked headline. */
    public static final int MIN_SENTENCE_WORDS = 10;

    private RelatedBlocks() {
    }

    /** Marks the headlines under each related heading as {@link LineKind#RELATED}. */
    public static void mark(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line h = lines.get(i);
            if (h.kind != LineKind.RELATED || !DebrisRules.isRelatedHeading(h)) {
                continue;
            }
            int items = 0;
            int j = i + 1;
            while (j < lines.size() && items < MAX_ITEMS) {
                Line l = lines.get(j);
                if (l.kind != null && l.kind != LineKind.RELATED && l.kind != LineKind.PROFILE) {
                    break;
                }
                if (l.kind == null && !itemLike(l)) {
                    break;
                }
                if (l.kind == LineKind.RELATED && DebrisRules.isRelatedHeading(l)) {
                    break;
                }
                l.kind = LineKind.RELATED;
                items++;
                j++;
            }
            i = j - 1;
        }
    }

    private static boolean itemLike(Line l) {
        LineShape s = l.shape;
        return s.words <= MAX_ITEM_WORDS && !(s.period && s.words >= MIN_SENTENCE_WORDS) && !s.strong();
    }
}
