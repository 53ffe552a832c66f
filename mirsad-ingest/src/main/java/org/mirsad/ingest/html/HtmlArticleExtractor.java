package org.mirsad.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.mirsad.ingest.html.internal.ContentScorer;
import org.mirsad.ingest.read.internal.Dates;

/**
 * Main-content extraction from HTML pages: metadata from meta tags, JSON-LD and {@code <time>};
 * boilerplate removed (scripts, navigation, forms, asides, footers, elements whose class or id
 * marks them as comments, sharing, related links ...); the body found by language-independent
 * content scoring ({@link ContentScorer}) and written one block per line; image captions kept
 * apart. Encoding: BOM, then the page's declared charset, else UTF-8 (jsoup's detection).
 */
public final class HtmlArticleExtractor {

    /** Largest page read, in bytes. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REMOVED = "script, style, noscript, iframe, svg, button, select, input, textarea, "
            + "template, object, embed, canvas";
    /** Removed unless they hold much of the page's text (some sites wrap the whole page in a form). */
    private static final String REMOVED_IF_SMALL = "form, nav, footer, aside, [hidden], [aria-hidden=true]";
    /** Share of the page's text above which an element is never removed as boilerplate. */
    public static final double MAJOR_SHARE = 0.3;
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th, "
            + "figcaption, div, section, article, header, tr";

    private HtmlArticleExtractor() {
    }

    /** Extracts the article of a page given as bytes, with its URL when known (may be null). */
    public static HtmlArticle extract(byte[] html, String url) throws IOException {
        if (html.length > MAX_BYTES) {
            throw new IOException("page larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, url == null ? "" : url);
        if (undeclaredAndGarbled(doc, html)) {
            // no charset declared and not UTF-8: legacy Arabic encodings, windows-1256 first, then ISO-8859-6
            Document legacy = Jsoup.parse(new ByteArrayInputStream(html), "windows-1256", url == null ? "" : url);
            doc = hasArabic(legacy.text()) ? legacy
                    : Jsoup.parse(new ByteArrayInputStream(html), "ISO-8859-6", url == null ? "" : url);
        }
        return extract(doc);
    }

    /** Share of U+FFFD above which a page decoded as UTF-8 is taken to be in a legacy encoding. */
    public static final double MAX_REPLACEMENT_SHARE = 0.01;

    private static boolean undeclaredAndGarbled(Document doc, byte[] html) {
        String head = new String(html, 0, Math.min(html.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (head.contains("charset=") || head.contains("charset =") || html.length >= 2 && (html[0] & 0xFF) >= 0xFE) {
            return false;
        }
        String text = doc.text();
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        return text.length() > 0 && bad > MAX_REPLACEMENT_SHARE * text.length();
    }

    private static boolean hasArabic(String s) {
        return s.chars().filter(c -> c >= 0x0621 && c <= 0x064A).count() > s.length() / 10;
    }

    /** Extracts the article of a parsed page. */
    public static HtmlArticle extract(Document doc) {
        String title = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        String site = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]");
        String published = Dates.isoDate(meta(doc, "meta[property=article:published_time]", "meta[name=pubdate]",
                "meta[name=publishdate]", "meta[name=date]", "meta[itemprop=datePublished]", "meta[name=DC.date.issued]"));
        String author = meta(doc, "meta[name=author]", "meta[property=article:author]");
        String canonical = attr(doc, "link[rel=canonical]", "href");
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            JsonNode node = parseJson(ld.data());
            if (node != null) {
                JsonNode art = findArticle(node);
                if (art != null) {
                    if (published == null) {
                        published = Dates.isoDate(text(art.get("datePublished")));
                    }
                    if (title == null) {
                        title = text(art.get("headline"));
                    }
                    if (author == null) {
                        author = name(art.get("author"));
                    }
                    if (site == null) {
                        site = name(art.get("publisher"));
                    }
                }
            }
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) {
                published = Dates.isoDate(time.attr("datetime"));
            }
        }
        if (published == null) {
            published = PageDates.firstFullDate(doc);
        }
        Element h1 = doc.selectFirst("h1");
        if (title == null || title.isBlank()) {
            title = h1 != null ? h1.text() : stripSite(doc.title(), site);
        }
        List<String> captions = new ArrayList<>();
        for (Element c : doc.select("figcaption, .caption, .wp-caption-text")) {
            String t = c.text().strip();
            if (!t.isEmpty() && !captions.contains(t)) {
                captions.add(t);
            }
        }
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        Element body = doc.body();
        String text = "";
        if (body != null) {
            body.select(REMOVED).remove();
            body.select("figcaption, figure").remove();
            int bodyLength = body.text().length();
            for (Element e : body.select(REMOVED_IF_SMALL)) {
                if (e.parent() != null && e.text().length() < MAJOR_SHARE * bodyLength) {
                    e.remove();
                }
            }
            for (Element e : body.select("[class], [id]")) {
                if (e != body && e.parent() != null && isBoilerplate(e, bodyLength)) {
                    e.remove();
                }
            }
            StringBuilder b = new StringBuilder();
            for (Element part : ContentScorer.mainContent(body)) {
                appendBlocks(part, b);
            }
            text = b.toString().strip();
        }
        return new HtmlArticle(blankToNull(title), text, published, blankToNull(author), blankToNull(site),
                blankToNull(canonical), captions, blankToNull(lang));
    }

    /** Boilerplate by class/id, unless the element clearly holds the content (long, few links). */
    private static boolean isBoilerplate(Element e, int bodyLength) {
        String ci = e.className() + " " + e.id();
        if (!ContentScorer.NEGATIVE.matcher(ci).find() || ContentScorer.POSITIVE.matcher(ci).find()) {
            return false;
        }
        int length = e.text().length();
        if (length >= MAJOR_SHARE * bodyLength) {
            return false; // a wrapper of the page (m-advertisement-off-canvas--pusher, widget Blog), not a box in it
        }
        return length < 2000 || ContentScorer.linkDensity(e) > 0.3;
    }

    /** Text of an element, one line per block, links with little text around them left out. */
    private static void appendBlocks(Element root, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.text());
                } else if (node instanceof Element el && el.normalName().equals("br")) {
                    flush(line, out);
                } else if (node instanceof Element el && el.is(BLOCKS)) {
                    flush(line, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.is(BLOCKS)) {
                    flush(line, out);
                }
            }
        }, root);
        flush(line, out);
    }

    private static void flush(StringBuilder line, StringBuilder out) {
        String t = line.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
            out.append(t).append('\n');
        }
        line.setLength(0);
    }

    private static String meta(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr);
    }

    private static JsonNode parseJson(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            return null;
        }
    }

    /** The first object of an article type in a JSON-LD tree (arrays and @graph searched). */
    private static JsonNode findArticle(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = findArticle(c);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (n.isObject()) {
            String type = n.path("@type").isArray() ? n.path("@type").toString() : n.path("@type").asText("");
            if (type.contains("Article") || type.contains("Posting") || type.contains("Report")) {
                return n;
            }
            return findArticle(n.get("@graph"));
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isValueNode() ? n.asText() : null;
    }

    private static String name(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() > 0 ? name(n.get(0)) : null;
        }
        return n.isObject() ? text(n.get("name")) : n.asText();
    }

    private static String stripSite(String title, String site) {
        if (title == null) {
            return null;
        }
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            int i = title.lastIndexOf(sep);
            if (i > 10) {
                String tail = title.substring(i + sep.length());
                if (site == null || tail.contains(site) || tail.length() < title.length() / 3) {
                    return title.substring(0, i).strip();
                }
            }
        }
        return title.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
