package org.mirsad.extract.clean;

import java.time.LocalDate;
import java.util.List;
import org.mirsad.core.model.OffsetMap;

/**
 * The result of cleaning a scraped text article.
 *
 * <p>The body is made of trimmed raw lines copied verbatim and joined by a single {@code "\n"}
 * (one paragraph per line). {@code map} records each copied segment, so for offsets {@code s <= e}
 * inside one paragraph {@code raw.substring(map.toRaw(s), map.toRaw(e))} equals {@code body.substring(s, e)}.
 *
 * @param title     the headline, or null when none was found
 * @param body      the clean body text (title, byline, dateline and debris removed); never null
 * @param byline    the person or outlet credited ("فلان الفلاني", "واس", "الأفق"), or null
 * @param dateline  the place that opens the story (e.g. {@code "بيروت"}), or null
 * @param outlet    the outlet named by a masthead line (or learned by the profile), or null
 * @param map       offsets of {@code body} back to the raw input
 * @param dropped   every non-blank raw line kept out of the body (title and byline lines included), in
 *                  raw order, each with its kind
 * @param published the date read from a date stamp line, or null
 * @param captions  image captions found (full text, truncated prefixes left out), in raw order
 */
public record CleanArticle(String title, String body, String byline, String dateline, String outlet,
                           OffsetMap map, List<DroppedLine> dropped, LocalDate published, List<String> captions) {

    /** Copies the lists and checks the body. */
    public CleanArticle {
        if (body == null || map == null) {
            throw new IllegalArgumentException("body and map are required");
        }
        dropped = List.copyOf(dropped);
        captions = List.copyOf(captions);
    }

    /** The original seven-field form: no published date, no captions. */
    public CleanArticle(String title, String body, String byline, String dateline, String outlet,
                        OffsetMap map, List<DroppedLine> dropped) {
        this(title, body, byline, dateline, outlet, map, dropped, null, List.of());
    }

    /** The body's paragraphs (lines), in order; empty for an empty body. */
    public List<String> paragraphs() {
        return body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
    }

    /** The dropped lines of one kind, in raw order. */
    public List<DroppedLine> dropped(LineKind kind) {
        return dropped.stream().filter(d -> d.kind() == kind).toList();
    }
}
