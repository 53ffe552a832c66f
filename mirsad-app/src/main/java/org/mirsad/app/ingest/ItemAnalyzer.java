package org.mirsad.app.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.mirsad.ingest.html.HtmlArticle;
import org.mirsad.ingest.html.HtmlArticleExtractor;
import org.mirsad.app.Engine;
import org.mirsad.app.input.InputException;
import org.mirsad.app.input.TextDecoder;
import org.mirsad.core.model.Document;
import org.mirsad.extract.clean.CleaningHints;
import org.mirsad.extract.clean.TextArticleCleaner;
import org.mirsad.ingest.read.RawItem;

/**
 * Turns a {@link RawItem} into an analyzed {@link Document}: text articles are decoded and cleaned,
 * HTML pages are reduced to their title and main content ({@link HtmlArticleExtractor}), records with fields are cleaned with their
 * title; the container's metadata (URL, outlet, date) fills what the article does not say.
 */
public final class ItemAnalyzer {

    private final Engine engine;

    /** An analyzer running {@code engine}. */
    public ItemAnalyzer(Engine engine) {
        this.engine = engine;
    }

    /**
     * Analyzes one item.
     *
     * @throws InputException naming the item when it cannot be decoded or holds no article text
     */
    public Document analyze(RawItem item, LocalDate fallbackPublished) throws InputException {
        return analyze(item, fallbackPublished, null);
    }

    /**
     * Analyzes one item, cleaning text articles with {@code cleaner} (the boilerplate profile of
     * their folder) when it is not null.
     *
     * @throws InputException naming the item when it cannot be decoded or holds no article text
     */
    public Document analyze(RawItem item, LocalDate fallbackPublished, TextArticleCleaner cleaner) throws InputException {
        RawItem.Hints h = item.hints();
        HtmlArticle page = item.format() == org.mirsad.ingest.read.Format.HTML ? html(item) : null;
        LocalDate published = parse(h.published());
        if (published == null && page != null) {
            published = parse(page.published());
        }
        if (published == null) {
            published = fallbackPublished;
        }
        String url = h.url() != null && !h.url().isBlank() ? h.url() : page != null ? page.url() : null;
        String source = url != null && !url.isBlank() ? url : item.origin();
        String title = switch (item.format()) {
            case TEXT -> null;
            case FIELDS -> oneLine(h.title());
            case HTML -> oneLine(h.title() != null ? h.title() : page.title());
        };
        String credit = item.format() == org.mirsad.ingest.read.Format.TEXT ? null
                : oneLine(h.byline() != null ? h.byline() : page != null ? page.author() : null);
        String raw = switch (item.format()) {
            case TEXT -> TextDecoder.decode(item.origin(), item.bytes());
            case FIELDS -> withTitle(title, item.text());
            case HTML -> withTitle(title, page.body());
        };
        if (raw.isBlank()) {
            throw new InputException(item.origin(), "no article text");
        }
        Document doc = engine.analyzeText(source, raw, published, cleaner == null ? new TextArticleCleaner() : cleaner,
                new CleaningHints(title, credit));
        String outlet = h.outlet() != null && !h.outlet().isBlank() ? h.outlet() : page != null ? page.site() : null;
        if ((doc.meta().outlet() == null || doc.meta().outlet().isBlank()) && outlet != null && !outlet.isBlank()) {
            doc = new Document(doc.meta().withOutlet(outlet.strip()), doc.text(), doc.layers(), doc.raw());
        }
        return doc;
    }

    private static String withTitle(String title, String body) {
        return title == null ? body : title + "\n\n" + body;
    }

    /** {@code s} with its white space runs made single spaces, or null when blank. */
    private static String oneLine(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    /** Title and main content of a page (see {@link HtmlArticleExtractor}). */
    private static HtmlArticle html(RawItem item) throws InputException {
        try {
            return HtmlArticleExtractor.extract(item.bytes(), item.hints().url());
        } catch (java.io.IOException e) {
            throw new InputException(item.origin(), "unreadable HTML: " + e.getMessage());
        }
    }

    private static LocalDate parse(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The raw bytes of an item as stored beside its analysis. */
    public static byte[] rawBytes(RawItem item) {
        return item.bytes() != null ? item.bytes() : item.text().getBytes(StandardCharsets.UTF_8);
    }
}
