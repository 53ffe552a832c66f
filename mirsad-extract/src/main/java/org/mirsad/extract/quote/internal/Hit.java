package org.mirsad.extract.quote.internal;

/**
 * A cue found in the tokens.
 *
 * @param first    first token of the cue
 * @param last     last token of the cue
 * @param cueStart start offset of the cue's text (after a conjunction proclitic)
 * @param cueEnd   end offset of the cue's text
 * @param form     what the cue is
 * @param impersonalToo the word can also be read as an impersonal passive (يُذكر)
 * @param npFrom   for phrases: first token of the speaker noun phrase
 * @param npOff    for phrases: start offset of the speaker (after an attached ل)
 */
public record Hit(int first, int last, int cueStart, int cueEnd, CueForm form, boolean impersonalToo, int npFrom,
                  int npOff) {

    /** Whether the cue's lemma, normalized, is in {@code normalizedLemmas} (false for cues without a lemma). */
    public boolean lemmaIn(java.util.Set<String> normalizedLemmas) {
        return form.lemma() != null && normalizedLemmas.contains(Lexicon.lemmaNorm(form.lemma()));
    }
}
