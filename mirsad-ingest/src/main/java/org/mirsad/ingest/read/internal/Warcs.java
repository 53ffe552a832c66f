package org.mirsad.ingest.read.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.mirsad.ingest.read.Format;
import org.mirsad.ingest.read.ItemSink;
import org.mirsad.ingest.read.RawItem;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** WARC crawl files (jwarc): every successful HTML response becomes an HTML item. */
public final class Warcs {

    private Warcs() {
    }

    /** Reads the WARC stream {@code in} named {@code origin}; items larger than {@code maxBytes} fail. */
    public static void read(String origin, InputStream in, long maxBytes, ItemSink sink) {
        int other = 0;
        int n = 0;
        try (WarcReader reader = new WarcReader(in)) {
            for (WarcRecord record : reader) {
                n++;
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String where = origin + "#" + n + " " + response.target();
                try {
                    int status = response.http().status();
                    MediaType type = response.http().contentType();
                    String t = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
                    if (status != 200 || !(t.equals("text/html") || t.equals("application/xhtml+xml"))) {
                        other++;
                        continue;
                    }
                    byte[] body = response.http().body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (body.length > maxBytes) {
                        sink.failed(where, "response larger than " + maxBytes + " bytes");
                        continue;
                    }
                    sink.item(new RawItem(where, Format.HTML, body, null,
                            new RawItem.Hints(response.target(), null, null, null, null)));
                } catch (IOException | RuntimeException e) {
                    sink.failed(where, "unreadable WARC response: " + JsonDumps.firstLine(e.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.failed(origin + "#" + n, "broken WARC file: " + JsonDumps.firstLine(e.getMessage()));
        }
        if (other > 0) {
            sink.skipped(origin, other + " WARC responses that are not successful HTML pages");
        }
    }
}
