package org.mirsad.extract.quantity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.extract.internal.Words;

/**
 * Decides the ISO code of a currency name shared by several countries (دينار، ريال، درهم، جنيه،
 * ليرة) when no nisba follows it: the country of that family named most often in the article
 * (country, capital, main cities, nationality adjectives); the lexicon default otherwise.
 */
final class CurrencyContext {

    private final Words w;
    private Map<String, Integer> counts;

    CurrencyContext(Words w) {
        this.w = w;
    }

    /** The code for a currency of {@code family}, or {@code fallback} when the article names no country of it. */
    String code(String family, String fallback) {
        Set<String> codes = QuantityLexicon.FAMILY_CODES.get(family);
        if (codes == null) {
            return fallback;
        }
        if (counts == null) {
            counts = count();
        }
        String best = fallback;
        int bestN = 0;
        for (String c : codes.stream().sorted().toList()) {
            int n = counts.getOrDefault(c, 0);
            if (n > bestN) {
                best = c;
                bestN = n;
            }
        }
        return best;
    }

    private Map<String, Integer> count() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < w.size(); i++) {
            if (!w.normIn(i, QuantityLexicon.COUNTRY_FORMS)) {
                continue;
            }
            Words.Hit<List<String>> hit = w.lookup(i, QuantityLexicon.COUNTRY, true, false);
            if (hit != null) {
                for (String c : hit.value()) {
                    out.merge(c, 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
