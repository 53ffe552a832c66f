package org.mirsad.ingest.read.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.mirsad.ingest.read.Format;
import org.mirsad.ingest.read.ItemSink;
import org.mirsad.ingest.read.RawItem;

/**
 * RSS 2.0, RSS 1.0 and Atom feeds (Rome): one item per entry, with its link, title, date and
 * author. Entries carrying full HTML content become HTML items; the others give their text.
 */
public final class Feeds {

    /** Content shorter than this (in characters of text) is a summary, not the article. */
    public static final int MIN_FULL_TEXT = 400;

    private Feeds() {
    }

    /**
     * Reads the feed {@code bytes} named {@code origin}; entries with only a summary are replaced by
     * their linked article when {@code fetcher} is not null (and kept as summaries when that fails).
     */
    public static void read(String origin, byte[] bytes, Fetcher fetcher, ItemSink sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            sink.failed(origin, "not a readable RSS/Atom feed: " + JsonDumps.firstLine(e.getMessage()));
            return;
        }
        String outlet = feed.getTitle();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            String where = origin + "#" + n++;
            String html = content(e);
            if (html == null || html.isBlank()) {
                sink.skipped(where, "feed entry without content or description");
                continue;
            }
            String published = Dates.isoDate(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
            RawItem.Hints hints = new RawItem.Hints(e.getLink(), e.getTitle(), outlet, published, e.getAuthor());
            String text = Jsoup.parse(html).text();
            if (text.length() >= MIN_FULL_TEXT && html.contains("<")) {
                sink.item(new RawItem(where, Format.HTML, wrap(e.getTitle(), html).getBytes(StandardCharsets.UTF_8), null, hints));
                continue;
            }
            if (fetcher != null && e.getLink() != null && !e.getLink().isBlank()) {
                try {
                    sink.item(new RawItem(where + " " + e.getLink(), Format.HTML, fetcher.get(e.getLink()), null, hints));
                    continue;
                } catch (IOException | RuntimeException ex) {
                    sink.skipped(where + " " + e.getLink(), "linked article not fetched (" + ex.getMessage()
                            + "); the summary is used");
                }
            }
            sink.item(new RawItem(where, Format.FIELDS, null, text, hints));
        }
    }

    private static String content(SyndEntry e) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                b.append(c.getValue());
            }
        }
        if (b.length() > 0) {
            return b.toString();
        }
        return e.getDescription() != null ? e.getDescription().getValue() : null;
    }

    private static String wrap(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                + org.jsoup.nodes.Entities.escape(title == null ? "" : title) + "</title></head><body><article>"
                + body + "</article></body></html>";
    }
}
