package org.mirsad.ingest.html.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Language-independent main-content scoring. Rules:
 * <ol>
 *   <li>every text block (p, pre, td, blockquote, or a div holding text directly) with at least
 *       {@link #MIN_BLOCK} characters scores 1, plus one per comma (Latin or Arabic), plus one per
 *       100 characters up to 3; the score goes to its parent in full and to its grandparent in half;</li>
 *   <li>a candidate's class/id adds {@link #HINT_WEIGHT} when it looks like content (article,
 *       content, entry, main, post, story, body, text) and subtracts it when it looks like
 *       boilerplate (comment, share, related, sidebar, footer, nav, menu, promo, ad ...); an
 *       {@code <article>} element adds half of it;</li>
 *   <li>the candidate's score is scaled by one minus its link density (link text / all text);</li>
 *   <li>the best candidate is kept, with the siblings that score at least a fifth of it, and
 *       sibling paragraphs of 80+ characters with little link text.</li>
 * </ol>
 */
public final class ContentScorer {

    /** Shortest text block that counts. */
    public static final int MIN_BLOCK = 25;
    /** Weight of class/id hints. */
    public static final double HINT_WEIGHT = 25;

    /** Class or id words of content containers. */
    public static final Pattern POSITIVE = Pattern.compile(
            "article|content|entry|main|post|story|body|text|news|detail|prose", Pattern.CASE_INSENSITIVE);
    /** Class or id words of boilerplate. */
    public static final Pattern NEGATIVE = Pattern.compile(
            "comment|share|social|related|sidebar|footer|foot|nav|menu|promo|advert|\\bads?\\b|banner|sponsor|"
                    + "newsletter|subscribe|cookie|breadcrumb|widget|popup|modal|masthead|header|tags?\\b|author-bio|"
                    + "recommend|trending|most-?read|outbrain|taboola|disqus|pagination|caption",
            Pattern.CASE_INSENSITIVE);

    private ContentScorer() {
    }

    /** The elements holding the main content, in document order. */
    public static List<Element> mainContent(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.select("p, pre, td, blockquote, div, section, li")) {
            if (!isTextBlock(e)) {
                continue;
            }
            String text = ownBlockText(e);
            if (text.length() < MIN_BLOCK) {
                continue;
            }
            double s = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element parent = e.parent();
            if (parent != null) {
                add(scores, parent, s);
                Element grand = parent.parent();
                if (grand != null) {
                    add(scores, grand, s / 2);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            Element c = en.getKey();
            double s = (en.getValue() + hint(c)) * (1 - linkDensity(c));
            scores.put(c, s);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        List<Element> out = new ArrayList<>();
        if (best == null) {
            out.add(body);
            return out;
        }
        Element parent = best.parent();
        if (parent == null) {
            out.add(best);
            return out;
        }
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sib : parent.children()) {
            if (sib == best) {
                out.add(sib);
                continue;
            }
            Double s = scores.get(sib);
            if (s != null && s >= threshold && hint(sib) >= 0) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                String t = sib.text();
                if (t.length() >= 80 && linkDensity(sib) < 0.25) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private static void add(Map<Element, Double> scores, Element e, double s) {
        scores.merge(e, s, Double::sum);
    }

    /** A p/pre/td/blockquote/li, or a div/section with text of its own (not only child blocks). */
    static boolean isTextBlock(Element e) {
        String n = e.normalName();
        if (n.equals("p") || n.equals("pre") || n.equals("td") || n.equals("blockquote") || n.equals("li")) {
            return true;
        }
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t && t.text().strip().length() >= MIN_BLOCK) {
                return true;
            }
        }
        return false;
    }

    private static String ownBlockText(Element e) {
        String n = e.normalName();
        if (n.equals("div") || n.equals("section")) {
            StringBuilder b = new StringBuilder();
            for (Node c : e.childNodes()) {
                if (c instanceof TextNode t) {
                    b.append(t.text());
                }
            }
            return b.toString().strip();
        }
        return e.text();
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    /** +{@link #HINT_WEIGHT} for content-like class/id, − for boilerplate-like, +half for article elements. */
    public static double hint(Element e) {
        double w = 0;
        String ci = e.className() + " " + e.id();
        if (!ci.isBlank()) {
            if (NEGATIVE.matcher(ci).find()) {
                w -= HINT_WEIGHT;
            }
            if (POSITIVE.matcher(ci).find()) {
                w += HINT_WEIGHT;
            }
        }
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            w += HINT_WEIGHT / 2;
        }
        return w;
    }

    /** Share of an element's text that sits inside links. */
    public static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / all);
    }
}
