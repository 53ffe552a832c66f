package org.mirsad.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.arabic.ArabicNormalizer;

/**
 * Loads lexicon resource files: UTF-8, one entry a line, tab-separated columns, {@code #} comments.
 * Arabic columns are normalized when they are used as keys by the callers.
 */
public final class Lexicons {

    private Lexicons() {
    }

    /** The rows of a resource file (columns split on tabs), comments and blank lines skipped. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource + " next to " + owner.getName());
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] cols = t.split("\t+");
                for (int k = 0; k < cols.length; k++) {
                    cols[k] = cols[k].strip();
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return out;
    }

    /** Normalizes an Arabic lexicon form the way token norms are normalized. */
    public static String norm(String form) {
        return ArabicNormalizer.normalize(form);
    }

    /** Splits a space-separated phrase into normalized token forms. */
    public static String[] phrase(String phrase) {
        String[] parts = phrase.strip().split("\\s+");
        for (int k = 0; k < parts.length; k++) {
            parts[k] = norm(parts[k]);
        }
        return parts;
    }
}
