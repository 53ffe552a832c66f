package org.mirsad.extract.ner;

import java.util.List;
import org.mirsad.core.model.Token;
import org.mirsad.extract.ner.internal.LexClass;
import org.mirsad.extract.ner.internal.Lexicons;
import org.mirsad.extract.ner.internal.TokenForms;

/**
 * Rule {@code HASHTAG_ONE_NAME}: the words of a hashtag joined by _ (#فضل_شاكر، #رندة_كعدي) are one name when
 * the tagger found a person or an organization in any of them (places are left alone: #مصر_اليوم is a topic)
 * — the whole hashtag becomes one mention of that type when at most one of its words was left untagged
 * and no title stands inside it, leaving out title words at its start (#الفنانة_يسرا ▸ يسرا); a name
 * that runs from before the # into the hashtag goes on through it (البنك #المركزي_المصري); an
 * organization's name ends with the hashtag, a person's may go on (#تميم_بن_حمد آل ثاني). Without the rule a name whose first word is also a common
 * word lost it (#فضل_شاكر ▸ شاكر) or was split in two. Tags are changed in place.
 */
final class HashtagNames {

    /** Most words of a hashtag read as one name. */
    static final int MAX_WORDS = 4;

    private HashtagNames() {
    }

    /** Applies the rule to one sentence: its tagger tokens (hashtag marks left out), forms and tags. */
    static void apply(String text, List<Token> tokens, TokenForms[] forms, List<String> tags, Lexicons lex) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token first = tokens.get(i);
            if (first.start() == 0 || text.charAt(first.start() - 1) != '#') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && gap(text, tokens.get(end - 1), tokens.get(end)).equals("_")) {
                end++;
            }
            int from = i;
            while (from < end && LexClass.TITLE.in(lex.tokenClasses(forms[from]))) {
                from++;
            }
            String type = null;
            int untagged = 0;
            for (int k = from; k < end; k++) {
                String tag = tags.get(k);
                if (type == null && (tag.endsWith("PERSON") || tag.endsWith("ORG"))) {
                    type = tag.substring(2);
                }
                if (tag.equals("O")) {
                    untagged++;
                }
            }
            boolean inner = false;
            for (int k = from + 1; k < end; k++) {
                inner |= LexClass.TITLE.in(lex.tokenClasses(forms[k]));
            }
            if (type != null && untagged <= 1 && !inner && end - from >= 2 && end - from <= MAX_WORDS) {
                // a name before the # that runs into the hashtag goes on (البنك #المركزي_المصري)
                boolean continues = from == i && from > 0 && tags.get(from - 1).endsWith(type);
                tags.set(from, (continues ? "I-" : "B-") + type);
                for (int k = from + 1; k < end; k++) {
                    tags.set(k, "I-" + type);
                }
                for (int k = end; type.equals("ORG") && k < n && tags.get(k).equals("I-" + type); k++) {
                    tags.set(k, "O"); // the name ends with the hashtag (وزارة #الخارجية_التركية اليوم ▸ not اليوم)
                } // a person's name may go on after it (الشيخ #تميم_بن_حمد آل ثاني)
            }
            i = end;
        }
    }

    private static String gap(String text, Token a, Token b) {
        return text.substring(a.end(), b.start());
    }
}
