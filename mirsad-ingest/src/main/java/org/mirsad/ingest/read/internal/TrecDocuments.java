package org.mirsad.ingest.read.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parser of TREC-style SGML documents: {@code <DOC>} blocks with {@code <FIELD>value</FIELD>} fields. */
public final class TrecDocuments {

    private TrecDocuments() {
    }

    /** The documents of {@code text}, each a map from upper-case field name to stripped value. */
    public static List<Map<String, String>> parse(String text) {
        List<Map<String, String>> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int s = indexOfIgnoreCase(text, "<DOC>", from);
            if (s < 0) {
                break;
            }
            int e = indexOfIgnoreCase(text, "</DOC>", s);
            int end = e < 0 ? text.length() : e;
            out.add(fields(text.substring(s + 5, end)));
            from = e < 0 ? text.length() : e + 6;
        }
        return out;
    }

    private static Map<String, String> fields(String doc) {
        Map<String, String> f = new LinkedHashMap<>();
        int i = 0;
        while (i < doc.length()) {
            int open = doc.indexOf('<', i);
            if (open < 0) {
                break;
            }
            int close = doc.indexOf('>', open);
            if (close < 0) {
                break;
            }
            String tag = doc.substring(open + 1, close).trim();
            if (tag.isEmpty() || tag.startsWith("/") || !tag.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                i = close + 1;
                continue;
            }
            int end = indexOfIgnoreCase(doc, "</" + tag + ">", close);
            if (end < 0) {
                i = close + 1;
                continue;
            }
            f.putIfAbsent(tag.toUpperCase(java.util.Locale.ROOT), doc.substring(close + 1, end).strip());
            i = end + tag.length() + 3;
        }
        return f;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = Math.max(0, from); i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
