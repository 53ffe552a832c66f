package org.mirsad.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CoNLL-style NER files ({@code token TAG [TAG ...]} per line, blank line between sentences)
 * into {@link ConllSentence}s in the Mirsad tag scheme.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Fields are separated by spaces, tabs or no-break spaces; a leading BOM is dropped.</li>
 *   <li>{@link #TYPOS}: known tag typos of the ANERcorp and AQMAR releases are mapped to the intended tag
 *       (e.g. {@code B-PERs}→{@code B-PERS}, {@code B-ORF}→{@code B-ORG}, {@code IPERS}→{@code I-PERS}).</li>
 *   <li>{@link #TYPES}: corpus types map to Mirsad types: PERS/PER→PERSON; LOC/GPE→LOC; ORG→ORG;
 *       MISC and AQMAR's MIS0–MIS3→MISC; every other class (Wojood's DATE, OCC, NORP, ...)→O.</li>
 *   <li>Broken lines: a line with an empty token ({@code " O"}) is skipped; a tag glued to its token
 *       ({@code ".O"}) or to the next token ({@code ". Oالإصابة O"}) is split; stray invisible fields are
 *       ignored.</li>
 *   <li>Several tag columns (Wojood's nested entities) are decoded per type, and the outermost mapped spans
 *       are kept.</li>
 *   <li>Spans are re-encoded as clean BIO, so an {@code I-X} after {@code O} or after another type starts a
 *       new entity ({@code B-X}).</li>
 *   <li>A file with no blank line at all (the ANERcorp train part) is split into sentences after
 *       sentence-final punctuation tokens ({@code . ! ? ؟}).</li>
 * </ol>
 */
public final class ConllReader {

    /** Known tag typos, as they appear in the files, mapped to the intended tag. */
    public static final Map<String, String> TYPOS = Map.ofEntries(
            Map.entry("B-PERs", "B-PERS"),
            Map.entry("B-ERS", "B-PERS"),
            Map.entry("IPERS", "I-PERS"),
            Map.entry("B-LOCI-PERS", "I-PERS"),
            Map.entry("B-ORF", "B-ORG"),
            Map.entry("B-OEG", "B-ORG"),
            Map.entry("o", "O"),
            Map.entry("OO", "O"),
            Map.entry("IO", "O"),
            Map.entry("b-misc", "B-MISC"),
            Map.entry("i-misc", "I-MISC"),
            Map.entry("B-MIS1`", "B-MIS1"),
            Map.entry("B-MISS1", "B-MIS1"),
            Map.entry("I--ORG", "I-ORG"),
            Map.entry("B-ENGLISH", "B-MISC"),
            Map.entry("B-SPANISH", "B-MISC"));

    /** Corpus entity types mapped to Mirsad types; types not listed become O. */
    public static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PERS", "PERSON"), Map.entry("PER", "PERSON"), Map.entry("PERSON", "PERSON"),
            Map.entry("LOC", "LOC"), Map.entry("GPE", "LOC"),
            Map.entry("ORG", "ORG"),
            Map.entry("MISC", "MISC"), Map.entry("MIS", "MISC"), Map.entry("MIS0", "MISC"), Map.entry("MIS1", "MISC"),
            Map.entry("MIS2", "MISC"), Map.entry("MIS3", "MISC"), Map.entry("MIS-1", "MISC"), Map.entry("MIS-2", "MISC"));

    private static final List<String> SENTENCE_END = List.of(".", "!", "?", "\u061F");

    private ConllReader() {
    }

    /** Reads a UTF-8 file. */
    public static List<ConllSentence> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    /** Parses CoNLL text. */
    public static List<ConllSentence> parse(String text) {
        try {
            return read(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads CoNLL text from a reader (not closed). */
    public static List<ConllSentence> read(Reader reader) throws IOException {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        boolean sawBlank = false;
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String raw;
        boolean first = true;
        while ((raw = br.readLine()) != null) {
            if (first && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
                raw = raw.substring(1);
            }
            first = false;
            String[] fields = split(raw);
            if (fields.length == 0) {
                sawBlank = true;
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            parseLine(fields, current);
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        List<ConllSentence> out = new ArrayList<>();
        for (List<Line> block : blocks) {
            if (sawBlank) {
                out.add(decode(block));
            } else {
                int start = 0;
                for (int i = 0; i < block.size(); i++) {
                    Line l = block.get(i);
                    boolean end = SENTENCE_END.contains(l.token) && l.tags.stream().allMatch("O"::equals);
                    if (end || i == block.size() - 1) {
                        out.add(decode(block.subList(start, i + 1)));
                        start = i + 1;
                    }
                }
            }
        }
        return out;
    }

    /** The Mirsad tag for one corpus tag ({@code B-PERSON}, {@code I-LOC}, {@code O}, ...), or null if not a tag. */
    public static String mapTag(String tag) {
        String t = TYPOS.getOrDefault(tag, tag);
        if (t.equals("O")) {
            return "O";
        }
        if (t.length() < 3 || (t.charAt(0) != 'B' && t.charAt(0) != 'I') || t.charAt(1) != '-') {
            return null;
        }
        String type = t.substring(2).toUpperCase(Locale.ROOT);
        String mapped = TYPES.get(type);
        if (mapped == null) {
            return type.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? "O" : null;
        }
        return t.charAt(0) + "-" + mapped;
    }

    private record Line(String token, List<String> tags) {
    }

    private static void parseLine(String[] fields, List<Line> out) {
        if (fields.length == 1) {
            String f = fields[0];
            if (mapTag(f) != null) {
                return; // empty token
            }
            if (f.length() > 1 && f.endsWith("O") && !Character.isLetter(f.charAt(f.length() - 2))) {
                out.add(new Line(f.substring(0, f.length() - 1), List.of("O")));
                return;
            }
            out.add(new Line(f, List.of("O")));
            return;
        }
        String token = fields[0];
        List<String> tags = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i];
            String m = mapTag(f);
            if (m != null) {
                tags.add(m);
            } else if (f.length() > 1 && f.charAt(0) == 'O' && Character.isLetter(f.charAt(1))
                    && !isLatin(f.charAt(1))) {
                out.add(new Line(token, tags.isEmpty() ? List.of("O") : tags));
                token = f.substring(1);
                tags = new ArrayList<>();
            }
            // otherwise: a stray field (e.g. a lone RLM mark) is ignored
        }
        out.add(new Line(token, tags.isEmpty() ? List.of("O") : tags));
    }

    private static boolean isLatin(char c) {
        return c < 0x250;
    }

    private static ConllSentence decode(List<Line> lines) {
        int n = lines.size();
        record SpanT(int start, int end, String type) {
        }
        List<SpanT> spans = new ArrayList<>();
        // per type decoding over all columns
        for (int i = 0; i < n; i++) {
            for (String tag : lines.get(i).tags) {
                if (tag.equals("O")) {
                    continue;
                }
                String type = tag.substring(2);
                boolean begins = tag.charAt(0) == 'B' || i == 0 || !hasTag(lines.get(i - 1), type);
                if (!begins) {
                    continue;
                }
                int j = i + 1;
                while (j < n && lines.get(j).tags.contains("I-" + type)) {
                    j++;
                }
                spans.add(new SpanT(i, j, type));
            }
        }
        spans.sort(Comparator.comparingInt(SpanT::start).thenComparing(s -> -(s.end - s.start)));
        String[] out = new String[n];
        Arrays.fill(out, "O");
        int covered = 0;
        for (SpanT s : spans) {
            if (s.start < covered) {
                continue;
            }
            out[s.start] = "B-" + s.type;
            for (int k = s.start + 1; k < s.end; k++) {
                out[k] = "I-" + s.type;
            }
            covered = s.end;
        }
        List<String> toks = new ArrayList<>(n);
        for (Line l : lines) {
            toks.add(l.token);
        }
        return new ConllSentence(toks, Arrays.asList(out));
    }

    private static boolean hasTag(Line l, String type) {
        return l.tags.contains("B-" + type) || l.tags.contains("I-" + type);
    }

    private static String[] split(String line) {
        List<String> parts = new ArrayList<>(4);
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && isSep(line.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !isSep(line.charAt(i))) {
                i++;
            }
            if (i > s) {
                parts.add(line.substring(s, i));
            }
        }
        return parts.toArray(new String[0]);
    }

    private static boolean isSep(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\r';
    }
}
