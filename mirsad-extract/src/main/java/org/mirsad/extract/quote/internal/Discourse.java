package org.mirsad.extract.quote.internal;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.model.Mention;

/**
 * The speakers named so far in a document, for statements whose subject is dropped ("وأضاف أن").
 *
 * <p>Rules: the antecedent is the latest speaker, within {@link #WINDOW} sentences, that agrees with
 * the cue — a feminine cue (أضافت) takes a feminine speaker of any number (non-human plurals such as
 * مصادر agree in the feminine singular); a masculine singular cue takes a masculine singular one; a
 * plural or dual cue a plural or dual one. With no agreeing speaker the latest speaker within two
 * sentences is taken unless their numbers conflict (a plural cue never falls back to a singular
 * speaker); with none, the speaker stays unknown.
 */
public final class Discourse {

    /** How many sentences back an antecedent may be. */
    public static final int WINDOW = 8;

    /** A speaker with its agreement features. */
    public record Entry(Mention mention, char gender, char number, int sentence) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records a named speaker. */
    public void add(Mention m, char gender, char number, int sentence) {
        entries.add(new Entry(m, gender, number, sentence));
    }

    /** The antecedent for a cue with the given features in the given sentence, or null. */
    public Entry resolve(char gender, char number, int sentence) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (sentence - e.sentence() > WINDOW) {
                break;
            }
            if (agrees(gender, number, e)) {
                return e;
            }
        }
        if (!entries.isEmpty()) {
            Entry last = entries.get(entries.size() - 1);
            if (sentence - last.sentence() <= 2 && !conflicts(gender, number, last)) {
                return last;
            }
        }
        return null;
    }

    /** Both say their number and one is plural/dual while the other is singular (يعتقدون after أوباما). */
    static boolean conflicts(char gender, char number, Entry e) {
        boolean many = number == 'p' || number == 'd';
        boolean eMany = e.number() == 'p' || e.number() == 'd';
        return number != '?' && e.number() != '?' && many != eMany;
    }

    static boolean agrees(char gender, char number, Entry e) {
        if (number == 'p' || number == 'd') {
            return e.number() == 'p' || e.number() == 'd';
        }
        if (gender == 'f') {
            return e.gender() == 'f';
        }
        if (gender == 'm') {
            return e.gender() == 'm' && e.number() != 'p' && e.number() != 'd';
        }
        return true;
    }
}
