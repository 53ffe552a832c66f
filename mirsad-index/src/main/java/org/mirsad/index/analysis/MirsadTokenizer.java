package org.mirsad.index.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.arabic.LightStemmer;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/**
 * A Lucene tokenizer over the Mirsad text layer: the input is tokenized by
 * {@link ArabicTokenizer}; punctuation and symbols are left out; each word becomes one term in
 * the form {@link AnalysisMode} asks for, with offsets into the original input. Stop words
 * removed in {@link AnalysisMode#STEMMED} still advance the position, so phrases stay aligned.
 */
public final class MirsadTokenizer extends Tokenizer {

    /** Longest input read, in characters (longer input is truncated: a news field, not a book). */
    public static final int MAX_INPUT_CHARS = 4 * 1024 * 1024;

    /** Function words left out of the stemmed field (normalized forms). */
    public static final Set<String> STOP_WORDS = Set.of(
            "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ثم", "قد", "لا", "لم", "لن", "ما", "هذا", "هذه",
            "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت", "هو", "هي", "هم", "و", "ف", "ب", "ل", "ك",
            "كما", "بين", "حتي", "لدي", "عند", "منذ", "كل", "بعد", "قبل", "خلال", "اي", "اذا", "اذ", "به", "بها",
            "فيه", "فيها", "منه", "منها", "عليه", "عليها", "له", "لها", "انه", "انها", "الا", "غير", "ايضا");

    private final AnalysisMode mode;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private final StringBuilder buffer = new StringBuilder();
    private final char[] chunk = new char[8192];
    private String text = "";
    private List<Token> tokens = List.of();
    private int next;
    private int finalOffset;

    /** A tokenizer emitting terms in {@code mode}. */
    public MirsadTokenizer(AnalysisMode mode) {
        this.mode = mode;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        buffer.setLength(0);
        int read;
        while ((read = input.read(chunk)) != -1 && buffer.length() < MAX_INPUT_CHARS) {
            buffer.append(chunk, 0, Math.min(read, MAX_INPUT_CHARS - buffer.length()));
        }
        text = buffer.toString();
        tokens = ArabicTokenizer.tokenize(text);
        next = 0;
        finalOffset = correctOffset(text.length());
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        int skipped = 0;
        while (next < tokens.size()) {
            Token t = tokens.get(next++);
            if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                continue;
            }
            String form = mode == AnalysisMode.STEMMED ? LightStemmer.stem(t) : t.norm();
            if (mode == AnalysisMode.STEMMED && (STOP_WORDS.contains(t.norm()) || form.isEmpty())) {
                skipped++;
                continue;
            }
            term.setEmpty().append(form);
            offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            position.setPositionIncrement(1 + skipped);
            type.setType(t.kind().name());
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = "";
        tokens = List.of();
    }
}
