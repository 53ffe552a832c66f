package org.mirsad.ingest.read.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mirsad.ingest.read.Format;
import org.mirsad.ingest.read.ItemSink;
import org.mirsad.ingest.read.RawItem;
import org.mirsad.ingest.read.ReaderOptions;

/**
 * JSON dumps: a JSON array of article objects, or JSON Lines (one object per line). Field names
 * come from {@link ReaderOptions}. A broken line fails alone; the rest of the dump is still read.
 */
public final class JsonDumps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDumps() {
    }

    /** Reads the dump {@code bytes} named {@code origin}. */
    public static void read(String origin, byte[] bytes, ReaderOptions options, ItemSink sink) {
        int first = 0;
        while (first < bytes.length && (Character.isWhitespace(bytes[first]) || (bytes[first] & 0xFF) >= 0xEF && first < 3)) {
            first++;
        }
        if (first < bytes.length && bytes[first] == '[') {
            readArray(origin, bytes, options, sink);
        } else if (!readObjects(origin, bytes, options, sink)) {
            readLines(origin, bytes, options, sink);
        }
    }

    /**
     * Reads a stream of objects separated by white space (JSON Lines or pretty-printed objects).
     * Returns false, having emitted nothing, when the stream is broken, so that JSON Lines can be
     * read line by line with each broken line failing alone.
     */
    private static boolean readObjects(String origin, byte[] bytes, ReaderOptions options, ItemSink sink) {
        java.util.List<JsonNode> nodes = new java.util.ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(bytes)) {
            while (it.hasNextValue()) {
                nodes.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        boolean many = nodes.size() > 1;
        for (int i = 0; i < nodes.size(); i++) {
            String where = many ? origin + "#" + (i + 1) : origin;
            if (nodes.get(i).isObject()) {
                emit(where, nodes.get(i), options, sink);
            } else {
                sink.skipped(where, "not a JSON object");
            }
        }
        return true;
    }

    private static void readArray(String origin, byte[] bytes, ReaderOptions options, ItemSink sink) {
        int n = 0;
        try (JsonParser p = JSON.getFactory().createParser(bytes)) {
            p.nextToken();
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                String where = origin + "#" + n++;
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    sink.skipped(where, "not a JSON object");
                    continue;
                }
                emit(where, JSON.readTree(p), options, sink);
            }
        } catch (IOException e) {
            sink.failed(origin + "#" + n, "broken JSON array: " + firstLine(e.getMessage()));
        }
    }

    private static void readLines(String origin, byte[] bytes, ReaderOptions options, ItemSink sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = origin + "#" + n;
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node == null || !node.isObject()) {
                        sink.skipped(where, "not a JSON object");
                    } else {
                        emit(where, node, options, sink);
                    }
                } catch (JsonProcessingException e) {
                    sink.failed(where, "broken JSON line: " + firstLine(e.getOriginalMessage()));
                }
            }
        } catch (IOException e) {
            sink.failed(origin, "unreadable: " + e.getMessage());
        }
    }

    private static void emit(String where, JsonNode node, ReaderOptions o, ItemSink sink) {
        String text = stringField(node, o.textFields());
        if (text == null || text.isBlank()) {
            sink.skipped(where, "no text (a string) in fields " + o.textFields());
            return;
        }
        RawItem.Hints hints = new RawItem.Hints(field(node, o.urlFields()), field(node, o.titleFields()),
                field(node, o.sourceFields()), Dates.isoDate(field(node, o.dateFields())), field(node, List.of("author", "byline")));
        String head = text.stripLeading();
        if (head.startsWith("<") && (head.contains("</p>") || head.contains("</div>") || head.contains("<br"))) {
            sink.item(new RawItem(where, Format.HTML, text.getBytes(StandardCharsets.UTF_8), null, hints));
        } else {
            sink.item(new RawItem(where, Format.FIELDS, null, text, hints));
        }
    }

    private static String field(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull()) {
                return v.isValueNode() ? v.asText() : v.toString();
            }
        }
        return null;
    }

    /** The first of {@code names} holding a string (not an array or object). */
    private static String stringField(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
        }
        return null;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
