package org.mirsad.extract.ner.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level consistency over tagged sentences (labels are {@link TaggerModel#LABELS} indices, changed
 * in place).
 *
 * <p>Rules:
 * <ol>
 *   <li>{@code PROPAGATE_NAMES}: a name tagged once in the document (its normalized tokens, the first one
 *       without proclitics) is tagged with the same type wherever else it occurs untagged, except where a
 *       word carries tanween (روسياً is an adverb, not روسيا; see {@link TanweenRule}).</li>
 *   <li>{@code PROPAGATE_SURNAMES}: the last token of a multi-token PERSON (سلمى الحداد → الحداد) is a
 *       PERSON wherever it occurs untagged, unless it is a title, a nisba adjective or a lexicon place.</li>
 * </ol>
 */
public final class DocumentConsistency {

    private static final int MIN_LETTERS = 3;
    private static final int B_PERSON = TaggerModel.labelOf("B-PERSON");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int B_LOC = TaggerModel.labelOf("B-LOC");

    private DocumentConsistency() {
    }

    /** Applies the rules to a document's sentences. */
    public static void apply(List<TokenForms[]> sentences, List<int[]> labels, Lexicons lex) {
        Map<String, Integer> names = new HashMap<>(); // "tok tok" -> type label (B index)
        int maxLen = 1;
        for (int s = 0; s < sentences.size(); s++) {
            TokenForms[] t = sentences.get(s);
            int[] y = labels.get(s);
            for (int i = 0; i < y.length; i++) {
                if (y[i] != B_PERSON && y[i] != B_ORG && y[i] != B_LOC) {
                    continue;
                }
                int j = i + 1;
                while (j < y.length && y[j] == y[i] + 1) {
                    j++;
                }
                String key = key(t, i, j);
                if (key.length() >= MIN_LETTERS) {
                    names.putIfAbsent(key, y[i]);
                    maxLen = Math.max(maxLen, j - i);
                }
                if (y[i] == B_PERSON && j - i >= 2) {
                    String last = t[j - 1].norm;
                    int cls = lex.classesOf(last);
                    boolean blocked = (cls & (LexClass.TITLE.bit() | LexClass.NISBA.bit() | LexClass.COUNTRY.bit()
                            | LexClass.CITY.bit() | LexClass.NAME_PARTICLE.bit())) != 0;
                    if (!blocked && last.length() >= MIN_LETTERS && Character.isLetter(last.charAt(0))) {
                        names.putIfAbsent(last, y[i]);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        java.util.Set<String> firsts = new java.util.HashSet<>();
        for (String k : names.keySet()) {
            int sp = k.indexOf(' ');
            firsts.add(sp < 0 ? k : k.substring(0, sp));
        }
        for (int s = 0; s < sentences.size(); s++) {
            TokenForms[] t = sentences.get(s);
            int[] y = labels.get(s);
            int i = 0;
            while (i < y.length) {
                if (y[i] != 0 || !firsts.contains(stripped(t[i]))) {
                    i++;
                    continue;
                }
                int matched = 0;
                int type = 0;
                for (int len = Math.min(maxLen, y.length - i); len >= 1 && matched == 0; len--) {
                    boolean free = true;
                    for (int k = i; k < i + len; k++) {
                        free &= y[k] == 0 && !TanweenRule.hasTanween(t[k].surface) // روسياً is no روسيا
                                && !(k > 0 && SentenceRules.adjectiveCountry(t, k)); // مبلغ مالي is no Mali
                    }
                    if (!free) {
                        continue;
                    }
                    Integer b = names.get(key(t, i, i + len));
                    if (b != null) {
                        matched = len;
                        type = b;
                    }
                }
                if (matched > 0) {
                    y[i] = type;
                    for (int k = i + 1; k < i + matched; k++) {
                        y[k] = type + 1;
                    }
                    i += matched;
                } else {
                    i++;
                }
            }
        }
    }

    private static String key(TokenForms[] t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(k == from ? stripped(t[k]) : t[k].norm);
        }
        return b.toString();
    }

    /** The first token's form without a conjunction or preposition proclitic, keeping the article. */
    static String stripped(TokenForms t) {
        String s = t.stripped;
        if (s == null) {
            s = strippedForm(t).intern(); // one object per form: document-level maps can compare by identity
            int h = s.hashCode() * 0x9E3779B9;
            t.strippedHash = h ^ (h >>> 16);
            t.stripped = s;
        }
        return s;
    }

    private static String strippedForm(TokenForms t) {
        String[] forms = t.lookup;
        // the longest-stripped form that still has at least three letters
        for (int f = forms.length - 2; f >= 0; f -= 2) {
            if (forms[f].length() >= MIN_LETTERS) {
                return forms[f];
            }
        }
        return t.norm;
    }
}
