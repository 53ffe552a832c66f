package org.mirsad.index.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.arabic.LightStemmer;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/** Highlights found by tokenizing only the candidate runs equal those of tokenizing the whole text. */
class SnippetsTest {

    /** Own text: diacritics, tatweel, hamza forms, a joiner, presentation forms, numbers, Latin, a URL, odd spaces. */
    static final String MIXED = "قالَ وزيـــرُ الماليّة إنّ الحكومةَ ستدفعُ ٣٫٥ مليون دينار للمدارسِ، وأكّد أنّ\u00A0الوزارات "
            + "الأخرى ستتبعها قريباً. وللحكومات\u200Dالمحلية دورٌ؛ انظر https://example.org/خبر?id=5، وCOVID-19 "
            + "و5G والإسكان… \uFEFB\uFEF7 «المياه» (المياهُ) إلى القاهرة\u2003والإسكندرية.\n\nفي 2024-03-01 قالت الوزيرة: لا.";

    /** The reference: every token of the text tested. */
    static List<Span> fullScan(String text, Set<String> stems, Set<String> exact) {
        List<Span> out = new ArrayList<>();
        if (stems.isEmpty() && exact.isEmpty()) {
            return out;
        }
        for (Token t : ArabicTokenizer.tokenize(text)) {
            if (t.kind() != TokenKind.PUNCT && t.kind() != TokenKind.SYMBOL
                    && (exact.contains(t.norm()) || stems.contains(LightStemmer.stem(t)))) {
                out.add(t.span());
            }
        }
        return out;
    }

    static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(List.of(MIXED, "", " ", "الحكومة", "  الحكومة  "));
        Path samples = Path.of("..", "samples");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Test
    void candidateRunsGiveTheSameHighlightsAsAFullScan() throws IOException {
        Random random = new Random(11);
        int compared = 0;
        int nonEmpty = 0;
        for (String text : texts()) {
            List<Token> tokens = ArabicTokenizer.tokenize(text);
            for (int round = 0; round < 60; round++) {
                Set<String> stems = new HashSet<>();
                Set<String> exact = new HashSet<>();
                for (int k = random.nextInt(4); k >= 0 && !tokens.isEmpty(); k--) {
                    Token t = tokens.get(random.nextInt(tokens.size()));
                    switch (random.nextInt(4)) {
                        case 0 -> stems.add(LightStemmer.stem(t));
                        case 1 -> exact.add(t.norm());
                        case 2 -> stems.add(t.norm().substring(0, Math.max(1, t.norm().length() / 2)));
                        default -> exact.add("غير_موجود" + k);
                    }
                }
                List<Span> expected = fullScan(text, stems, exact);
                assertEquals(expected, Snippets.highlights(text, stems, exact), () -> "stems " + stems + " exact " + exact);
                compared++;
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(compared >= 300, "compared " + compared);
        assertTrue(nonEmpty * 2 > compared, "most comparisons should have highlights: " + nonEmpty + " of " + compared);
    }

    @Test
    void differentlyWrittenFormsLightUp() {
        String text = "أعلنت الحكومـــةُ خطتها وللحكومات المحلية رأي آخر.";
        List<String> words = Snippets.highlights(text, Set.of(LightStemmer.stem("حكومة")), Set.of()).stream()
                .map(s -> s.in(text)).toList();
        assertEquals(List.of("الحكومـــةُ", "وللحكومات"), words);
    }

    @Test
    void noQueryFormsNoHighlights() {
        assertEquals(List.of(), Snippets.highlights(MIXED, Set.of(), Set.of()));
        assertEquals(List.of(), Snippets.highlights(MIXED, Set.of("كلمةغائبة"), Set.of("اخرى_غائبة")));
    }

    @Test
    void normalizedTextPointsBackAtTheOriginalCharacters() {
        String text = "إنّ ﻷ";
        Snippets.NormalizedText n = Snippets.NormalizedText.of(text);
        assertEquals(org.mirsad.arabic.ArabicNormalizer.normalize(text), n.text());
        for (int i = 0; i < n.text().length(); i++) {
            int src = n.source(i);
            assertTrue(org.mirsad.arabic.ArabicNormalizer.normalize(text, src, src + 1).indexOf(n.text().charAt(i)) >= 0, "at " + i);
        }
    }

    @Test
    void snippetWindowCoversTheDensestMatches() {
        String filler = "كلام عادي ".repeat(60);
        String text = filler + "الحكومة والحكومات وحكومة " + filler;
        List<Span> marks = Snippets.highlights(text, Set.of(LightStemmer.stem("حكومة")), Set.of());
        assertEquals(3, marks.size());
        int start = Snippets.bestStart(text, marks);
        int end = Snippets.end(text, start);
        assertTrue(start <= marks.get(0).start() && end >= marks.get(2).end(), start + ".." + end);
        assertTrue(end - start <= Snippets.LENGTH + 20);
    }
}
