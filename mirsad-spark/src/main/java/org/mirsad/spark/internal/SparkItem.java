package org.mirsad.spark.internal;

import java.io.Serializable;
import org.mirsad.ingest.read.Format;
import org.mirsad.ingest.read.RawItem;

/**
 * A {@link RawItem} in a form Spark can ship between stages, with the boilerplate-profile folder
 * of text articles read from plain files.
 *
 * @param origin    the item's origin, as {@code analyze} names it
 * @param format    how to turn it into an article
 * @param bytes     raw bytes (text and HTML items), else null
 * @param text      body text (items with fields), else null
 * @param url       container hint, or null
 * @param title     container hint, or null
 * @param outlet    container hint, or null
 * @param published container hint, or null
 * @param byline    container hint, or null
 * @param folder    the profile folder key, or null when the item gets no folder profile
 */
public record SparkItem(String origin, Format format, byte[] bytes, String text, String url, String title,
        String outlet, String published, String byline, String folder) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The item found in {@code file}; text articles of plain files keep the file's folder. */
    public static SparkItem of(RawItem item, InputFile file) {
        RawItem.Hints h = item.hints();
        boolean plainText = item.format() == Format.TEXT && item.origin().equals(file.origin())
                && !item.origin().contains("!") && !item.origin().contains("#");
        return new SparkItem(item.origin(), item.format(), item.bytes(), item.text(), h.url(), h.title(), h.outlet(),
                h.published(), h.byline(), plainText ? file.folder() : null);
    }

    /** The reader's item again. */
    public RawItem toRawItem() {
        return new RawItem(origin, format, bytes, text, new RawItem.Hints(url, title, outlet, published, byline));
    }
}
