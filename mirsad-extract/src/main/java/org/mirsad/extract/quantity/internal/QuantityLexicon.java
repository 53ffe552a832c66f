package org.mirsad.extract.quantity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.extract.internal.Lexicons;
import org.mirsad.extract.internal.PhraseLexicon;
import org.mirsad.extract.quantity.QuantityStage;

/** The compiled quantity lexicons: units and currencies, nisbas, country context, hedges, labels. */
final class QuantityLexicon {

    /** Units, currencies, percent phrases (types UNIT, MONEY, DEGREE; value = code). */
    static final PhraseLexicon UNITS;
    /** Currency family by surface phrase (first word), e.g. دينار → دينار. */
    static final Map<String, String> FAMILY = new HashMap<>();
    /** Hedges (types before/after; value = qualifier JSON name). */
    static final PhraseLexicon HEDGES;
    /** Nisba → (family → code). */
    static final Map<String, Map<String, String>> NISBA = new HashMap<>();
    /** Family → codes of that family. */
    static final Map<String, Set<String>> FAMILY_CODES = new HashMap<>();
    /** Country word → currency codes of the countries it names. */
    static final Map<String, List<String>> COUNTRY = new HashMap<>();
    /** Every written form (with proclitics) of the country words, a one-probe filter. */
    static final Set<String> COUNTRY_FORMS;
    /** Label nouns (a number after them is a label, not a count): true for strong labels. */
    static final Map<String, Boolean> LABELS = new HashMap<>();
    /** Words that are never what a number counts. */
    static final Set<String> COUNTED_STOP = new HashSet<>();
    /** "Between" and its companions for ranges. */
    static final String BETWEEN = Lexicons.norm("بين");
    /** Words closing a "from X to Y" range. */
    static final Set<String> TO = Set.of(Lexicons.norm("إلى"), Lexicons.norm("حتى"));
    /** Earthquake scale marker after degrees. */
    static final String RICHTER = Lexicons.norm("ريختر");
    /** Score marker ({@code 3 أهداف مقابل 1}). */
    static final String VERSUS = Lexicons.norm("مقابل");

    static {
        List<String[]> unitRows = new ArrayList<>();
        for (String[] r : Lexicons.rows(QuantityStage.class, "units.tsv")) {
            unitRows.add(new String[] {r[0], r[1], r[2]});
            if (r.length > 3) {
                FAMILY.put(Lexicons.norm(r[1].split("\\s+")[0]), r[3]);
                FAMILY_CODES.computeIfAbsent(r[3], k -> new HashSet<>()).add(r[2]);
            }
        }
        UNITS = new PhraseLexicon(unitRows);
        List<String[]> hedgeRows = new ArrayList<>();
        for (String[] r : Lexicons.rows(QuantityStage.class, "hedges.tsv")) {
            hedgeRows.add(new String[] {r[2], r[1], r[0]});
        }
        HEDGES = new PhraseLexicon(hedgeRows);
        for (String[] r : Lexicons.rows(QuantityStage.class, "nisba.tsv")) {
            String n = Lexicons.norm(r[0]);
            NISBA.computeIfAbsent(n, k -> new HashMap<>()).put(r[1], r[2]);
            NISBA.computeIfAbsent(n.endsWith("ه") ? n : n + "ه", k -> new HashMap<>()).put(r[1], r[2]);
            FAMILY_CODES.computeIfAbsent(r[1], k -> new HashSet<>()).add(r[2]);
        }
        for (String[] r : Lexicons.rows(QuantityStage.class, "countries.tsv")) {
            for (String word : r[1].split("\\s+")) {
                COUNTRY.computeIfAbsent(Lexicons.norm(word), k -> new ArrayList<>()).add(r[0]);
            }
        }
        COUNTRY_FORMS = org.mirsad.extract.internal.Words.expand(COUNTRY.keySet());
        for (String[] r : Lexicons.rows(QuantityStage.class, "labels.tsv")) {
            String label = Lexicons.norm(r[0]);
            boolean strong = r.length > 1 && r[1].equals("strong");
            LABELS.put(label, strong);
            if (label.startsWith("ال")) {
                LABELS.put(label.substring(2), strong);
            }
        }
        for (String[] r : Lexicons.rows(QuantityStage.class, "counted-stop.tsv")) {
            COUNTED_STOP.add(Lexicons.norm(r[0]));
        }
    }

    private QuantityLexicon() {
    }
}
