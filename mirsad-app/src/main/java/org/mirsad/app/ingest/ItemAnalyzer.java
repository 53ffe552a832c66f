package org.mirsad.app.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.mirsad.app.Engine;
import org.mirsad.app.input.InputException;
import org.mirsad.app.input.TextDecoder;
import org.mirsad.core.model.Document;
import org.mirsad.ingest.read.RawItem;

/**
 * Turns a {@link RawItem} into an analyzed {@link Document}: text articles are decoded and cleaned,
 * HTML pages are reduced to their title and paragraphs, records with fields are cleaned with their
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
        RawItem.Hints h = item.hints();
        LocalDate published = parse(h.published());
        if (published == null) {
            published = fallbackPublished;
        }
        String source = h.url() != null && !h.url().isBlank() ? h.url() : item.origin();
        String raw = switch (item.format()) {
            case TEXT -> TextDecoder.decode(item.origin(), item.bytes());
            case FIELDS -> withTitle(h.title(), item.text());
            case HTML -> htmlText(item.bytes(), h.title());
        };
        if (raw.isBlank()) {
            throw new InputException(item.origin(), "no article text");
        }
        Document doc = engine.analyzeText(source, raw, published);
        if ((doc.meta().outlet() == null || doc.meta().outlet().isBlank()) && h.outlet() != null && !h.outlet().isBlank()) {
            doc = new Document(doc.meta().withOutlet(h.outlet().strip()), doc.text(), doc.layers(), doc.raw());
        }
        return doc;
    }

    private static String withTitle(String title, String body) {
        return title == null || title.isBlank() ? body : title.strip() + "\n\n" + body;
    }

    /** Title and block text of a page, one block per line, scripts and navigation left out. */
    private static String htmlText(byte[] bytes, String hintTitle) {
        org.jsoup.nodes.Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        String title = hintTitle;
        if (title == null || title.isBlank()) {
            Element og = page.selectFirst("meta[property=og:title]");
            Element h1 = page.selectFirst("h1");
            title = og != null ? og.attr("content") : h1 != null ? h1.text() : page.title();
        }
        StringBuilder b = new StringBuilder();
        for (Element p : page.select("p, h2, h3, li, blockquote")) {
            String t = p.text().strip();
            if (!t.isEmpty() && p.parents().stream().noneMatch(a -> a.normalName().equals("p") || a.normalName().equals("li"))) {
                b.append(t).append('\n');
            }
        }
        if (b.length() == 0) {
            b.append(page.body() == null ? "" : page.body().text());
        }
        return withTitle(title, b.toString());
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
