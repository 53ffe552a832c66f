package org.mirsad.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quantity;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.core.pipeline.Stage;
import org.mirsad.extract.internal.NameCover;
import org.mirsad.extract.quantity.internal.QuantityParser;

/**
 * Finds quantities ({@code قرابة 15 ألف لاجئ، 3.4 مليون دولار، نحو 40 في المائة، بين 10 و15 في المئة،
 * عشرات}) with their value, unit (ISO 4217 for money), counted noun, hedge and range. Numbers inside
 * date and time expressions (the {@code dates} layer) and in the names of organizations, persons and things
 * (the {@code entities} layer, when present) are not quantities, so the stage runs after those stages. Pure and thread-safe.
 */
public final class QuantityStage implements Stage {

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.DATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.QUANTITIES);
    }

    @Override
    public Document apply(Document document) {
        List<Span> dates = document.get(Layer.DATES).stream().map(DateMention::span).toList();
        List<Quantity> found = QuantityParser.find(document.text(), document.get(Layer.TOKENS), dates);
        return document.with(Layer.QUANTITIES,
                outsideNames(found, document.getOrEmpty(Layer.ENTITIES), document.text(), document.get(Layer.TOKENS)));
    }

    /** Arabic names of Latin letters a model number follows (إس-300، إف 16، بي 52), normalized. */
    private static final Set<String> LETTER_NAMES = java.util.stream.Stream.of("إس", "اس", "إف", "اف", "بي", "سي",
            "تي", "إم", "ام", "جي", "يو", "إكس", "اكس", "كيه", "آر", "دي", "إيه", "ايه")
            .map(org.mirsad.arabic.ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The number of a model named by Latin letters, written in Arabic or Latin, right before it or before a
     * hyphen (إس-300، إس -400، إف 16، S-300): a name, not a count.
     */
    private static boolean modelNumber(Quantity q, String text, List<Token> tokens, int ti) {
        return Character.isDigit(q.text().charAt(0)) && q.unit() == null && afterLetterName(text, tokens, ti);
    }

    private static boolean afterLetterName(String text, List<Token> tokens, int ti) {
        int k = ti - 1;
        if (k >= 0 && "-\u2013".indexOf(text.charAt(tokens.get(k).start())) >= 0 && tokens.get(k).end() - tokens.get(k).start() == 1) {
            k--;
        }
        if (k < 0 || ti - k > 2) {
            return false;
        }
        String w = tokens.get(k).text(text);
        return LETTER_NAMES.contains(org.mirsad.arabic.ArabicNormalizer.normalize(w))
                || w.length() <= 2 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * The quantities whose number is neither the number of a model ({@link #modelNumber}) nor part of the
     * name of an organization, person or thing, when the entities layer is there: digits inside an
     * organization or thing (فرانس 24، بيجو 208، ويندوز 10), and a number word inside any such name when the
     * word after it is in the name too or no noun is counted (وست هام، جيمس ستون، السبعة العظماء). A number
     * word the tagger took into a name but that counts the noun after it (إسماعيل ولد الشيخ أحمد سبعة مبادئ)
     * stays; a name after the number (400 مليار ريال سعودي) does not count.
     */
    static List<Quantity> outsideNames(List<Quantity> found, List<Entity> entities, String text, List<Token> tokens) {
        if (found.isEmpty()) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(found.size());
        NameCover names = entities.isEmpty() ? null : new NameCover(entities);
        int ti = 0;
        for (Quantity q : found) {
            int at = q.span().start();
            while (ti < tokens.size() && tokens.get(ti).end() <= at) {
                ti++;
            }
            if (modelNumber(q, text, tokens, ti)) {
                continue;
            }
            Entity name = names == null ? null : names.at(at, e -> e.type() != EntityType.LOC);
            if (name == null || !partOfName(q, name, tokens, ti)) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean partOfName(Quantity q, Entity name, List<Token> tokens, int ti) {
        if (Character.isDigit(q.text().charAt(0))) {
            return name.type() != EntityType.PERSON;
        }
        if (q.unit() != null) {
            return false; // متر وستون سنتمترا: a measure, whatever the tagger made of the word
        }
        if (q.counted() == null) {
            return true;
        }
        return ti + 1 < tokens.size() && tokens.get(ti + 1).start() < name.span().end();
    }
}
