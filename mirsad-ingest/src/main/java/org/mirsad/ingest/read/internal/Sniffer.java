package org.mirsad.ingest.read.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Recognizes a container or document format from its first bytes (and, weakly, its name). */
public final class Sniffer {

    /** What the first bytes look like. */
    public enum Kind { GZIP, ZIP, TAR, WARC, FEED, HTML, TREC, JSON, TEXT }

    /** Bytes looked at. */
    public static final int HEAD = 1024;

    private Sniffer() {
    }

    /** The kind of content starting with {@code head} (at most {@link #HEAD} bytes), named {@code name}. */
    public static Kind sniff(byte[] head, int length, String name) {
        if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Kind.GZIP;
        }
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.ZIP;
        }
        if (length >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r') {
            return Kind.TAR;
        }
        if (length >= 5 && head[0] == 'W' && head[1] == 'A' && head[2] == 'R' && head[3] == 'C' && head[4] == '/') {
            return Kind.WARC;
        }
        String start = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        int i = 0;
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
            i++;
        }
        String lower = start.substring(i).toLowerCase(Locale.ROOT);
        String ext = extension(name);
        if (lower.startsWith("<")) {
            if (lower.startsWith("<doc>")) {
                return Kind.TREC;
            }
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return Kind.FEED;
            }
            if (lower.startsWith("<!doctype html") || lower.contains("<html") || lower.contains("<head")
                    || lower.contains("<body") || ext.equals("html") || ext.equals("htm")) {
                return Kind.HTML;
            }
            if (lower.startsWith("<?xml") && (ext.equals("xml") || ext.equals("rss") || ext.equals("atom"))) {
                return Kind.FEED;
            }
            return Kind.HTML;
        }
        if (lower.startsWith("{") || lower.startsWith("[")) {
            return Kind.JSON;
        }
        if (ext.equals("html") || ext.equals("htm")) {
            return Kind.HTML;
        }
        return Kind.TEXT;
    }

    /** The lower-case extension of a name ({@code "a/b.tar.gz"} → {@code "gz"}), or empty. */
    public static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
