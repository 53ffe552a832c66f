package org.mirsad.extract.quantity.internal;

import java.util.Map;
import org.mirsad.extract.internal.NumberWords;
import org.mirsad.extract.internal.PhraseLexicon.Match;
import org.mirsad.extract.internal.Words;
import org.mirsad.extract.quantity.internal.NumberCore.Form;
import org.mirsad.extract.quantity.internal.QuantityParser.Builder;

/**
 * Reads what follows a number: its unit (percent, currency with its ISO code, measure, degrees) or,
 * without a unit, the counted noun ({@code 15 ألف لاجئ}); for a definite cardinal the noun before it
 * ({@code المخيمات الثلاثة}).
 */
final class UnitReader {

    private final Words w;
    private final CurrencyContext currencies;

    UnitReader(Words w, CurrencyContext currencies) {
        this.w = w;
        this.currencies = currencies;
    }

    void unit(Builder b) {
        int k = b.end;
        if (w.isPunct(k, "%")) {
            b.unit = "%";
            b.end = k + 1;
            return;
        }
        for (String type : new String[] {"UNIT", "MONEY", "DEGREE"}) {
            Match m = QuantityLexicon.UNITS.match(w, k, type, false);
            if (m == null) {
                continue;
            }
            b.end = m.end();
            switch (type) {
                case "MONEY" -> b.unit = money(m, b);
                case "DEGREE" -> degrees(b, m);
                default -> b.unit = m.value();
            }
            return;
        }
    }

    private String money(Match m, Builder b) {
        String family = QuantityLexicon.FAMILY.get(m.phrase().words()[0]);
        Words.Hit<Map<String, String>> nisba = w.lookup(m.end(), QuantityLexicon.NISBA, false, false);
        if (nisba != null) {
            String fam = family != null ? family : nisbaFamily(m);
            String code = nisba.value().get(fam);
            if (code != null) {
                b.end = m.end() + 1;
                return code;
            }
        }
        return family == null ? m.value() : currencies.code(family, m.value());
    }

    private static String nisbaFamily(Match m) {
        return m.value().equals("USD") ? "دولار" : m.value().equals("CHF") ? "فرنك" : "";
    }

    private void degrees(Builder b, Match m) {
        for (int k = m.end(); k < Math.min(w.size(), m.end() + 4); k++) {
            if (w.norm(k).equals(QuantityLexicon.RICHTER)) {
                b.unit = "Richter";
                return;
            }
        }
        for (int k = m.first() - 1; k >= Math.max(0, m.first() - 8); k--) {
            if (w.norm(k).endsWith("حراره")) {
                b.unit = "°C";
                return;
            }
        }
        b.unit = null;
        b.counted = w.surface(m.first());
    }

    void counted(Builder b) {
        if (b.counted != null) {
            return;
        }
        if (b.num.form() == Form.DEFINITE) {
            int p = b.first - 1;
            if (definiteNoun(p)) {
                b.counted = w.surface(p);
            }
            return;
        }
        int k = b.end;
        String n = w.norm(k);
        boolean idafa = b.num.form() == Form.FRACTION || b.num.form() == Form.VAGUE;
        if (!idafa && n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || n.startsWith("وال")
                || n.startsWith("فال") || n.startsWith("كال") || n.startsWith("وي") || n.startsWith("وت")
                || n.startsWith("ون")) {
            return;
        }
        if (!w.isArabic(k) || QuantityLexicon.COUNTED_STOP.contains(n)
                || w.lookup(k, NumberWords.words(), true, true) != null
                || QuantityLexicon.HEDGES.match(w, k, "after", false) != null) {
            return;
        }
        b.counted = w.surface(k);
    }

    /** True when token {@code p} is a definite Arabic word that can be the noun of a definite cardinal. */
    boolean definiteNoun(int p) {
        if (!w.isArabic(p) || QuantityLexicon.COUNTED_STOP.contains(w.norm(p))) {
            return false;
        }
        String n = w.norm(p);
        return n.startsWith("ال") || n.startsWith("وال") || n.startsWith("بال") || n.startsWith("لل")
                || n.startsWith("فال") || n.startsWith("كال");
    }
}
