package org.mirsad.extract.quote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-lookup word facts ({@link WordInfo}, {@link Chars}) answer exactly like the lookups they replace. */
class LexiconInfoTest {

    private static final List<String> LISTS = List.of("complementizer", "preposition", "relative", "time", "particle",
            "blocker", "object", "demonstrative", "pp-pronoun", "plan", "gesture", "so", "reporting-via", "manner",
            "addressee", "outlet-head", "dochead", "nonsource", "no-such-list");

    /** Every word of the lexicon's resources, with and without the proclitics the grammar peels, and a few others. */
    private static Set<String> words() throws IOException {
        Set<String> out = new LinkedHashSet<>(List.of("كتاب", "المدينة", "", "،", ",", "x", "وكتب"));
        for (String name : List.of("cues.txt", "words.txt")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    Lexicon.class.getResourceAsStream("/org/mirsad/extract/quote/" + name), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    for (String w : line.split("[\\s_=,]+")) {
                        String n = Lexicon.norm(w);
                        for (String p : List.of("", "و", "ف", "ل", "ب", "ا")) {
                            out.add(p + n);
                            out.add(p + n + "ه");
                            out.add(p + n + "ها");
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void infoAnswersLikeTheSeparateLookups() throws IOException {
        Lexicon lex = Lexicon.shared();
        Grammar outletHeads = new Grammar(lex, new TokenTable("", List.of(), List.of()));
        for (String w : words()) {
            WordInfo info = lex.info(w);
            assertEquals(lex.forms(w), info == null ? List.of() : info.forms, w);
            assertEquals(lex.verbFormsWithObject(w), info == null ? List.of() : info.withObject, w);
            assertEquals(lex.maqsuraOnly(w), info != null && info.maqsuraOnly, w);
            assertSame(lex.phraseTrie().get(w), info == null ? null : info.phraseNode, w);
            assertEquals(lex.nonNp(w, false), info != null && info.nonNp, w);
            assertEquals(lex.nonNp(w, true), info != null && info.nonNpBare, w);
            assertEquals(lex.mayStartOutlet(w), info != null && info.outletStart, w);
            assertEquals(outletHeads.outletHead(w), info != null && info.outletHead, w);
            for (String list : LISTS) {
                assertEquals(lex.in(list, w), info != null && info.in(lex.listBit(list)), list + " " + w);
            }
        }
    }

    @Test
    void droppedCharactersAreThoseNormalizationRemoves() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Lexicon.norm(String.valueOf(ch)).isEmpty(), Chars.dropped(ch), () -> Integer.toHexString(ch));
            assertEquals(String.valueOf(ch), Chars.string(ch));
        }
    }
}
