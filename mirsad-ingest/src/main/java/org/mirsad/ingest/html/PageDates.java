package org.mirsad.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mirsad.arabic.TextLayerStage;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;
import org.mirsad.extract.date.DateStage;

/**
 * The publication date written in a page's text, for pages whose markup gives none: the first
 * complete date (day, month, year) that Mirsad's date stage reads in the elements whose class or
 * id speaks of a date, else in the start of the page ("الأحد 7 نيسان/أبريل 2024").
 */
final class PageDates {

    /** Characters of the page's start searched when no date element is marked. */
    static final int HEAD_CHARS = 1500;

    private static final TextLayerStage TEXT = new TextLayerStage();
    private static final DateStage DATES = new DateStage();

    private PageDates() {
    }

    /** The first full ISO date in the page's date elements or start, or null. */
    static String firstFullDate(Document page) {
        StringBuilder b = new StringBuilder();
        for (Element e : page.select("[class*=date], [id*=date], [class*=time], [class*=publish], [itemprop*=date]")) {
            b.append(e.text()).append('\n');
            if (b.length() > HEAD_CHARS) {
                break;
            }
        }
        String found = scan(b.toString());
        if (found == null && page.body() != null) {
            String t = page.body().text();
            found = scan(t.substring(0, Math.min(t.length(), HEAD_CHARS)));
        }
        return found;
    }

    private static String scan(String text) {
        if (text.isBlank()) {
            return null;
        }
        org.mirsad.core.model.Document d = org.mirsad.core.model.Document.of(
                new Metadata("page", "page", null, null, null, null, null, "ar"), text, null);
        for (DateMention m : DATES.apply(TEXT.apply(d)).get(Layer.DATES)) {
            if (m.value() != null && m.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return m.value();
            }
        }
        return null;
    }
}
