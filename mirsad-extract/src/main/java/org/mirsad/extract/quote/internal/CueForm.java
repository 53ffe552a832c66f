package org.mirsad.extract.quote.internal;

/**
 * One normalized surface form of a cue, with what it tells about its speaker.
 *
 * @param kind   verb, participle, impersonal verb or attribution phrase
 * @param lemma  the entry's lemma as written in the lexicon
 * @param gender {@code 'm'}, {@code 'f'} or {@code '?'} when the form does not say
 * @param number {@code 's'}, {@code 'd'}, {@code 'p'} or {@code '?'}
 * @param person 1, 2 or 3 (0 for phrases)
 * @param prep   normalized preposition that may precede the complementizer, or null
 * @param npPrep normalized preposition introducing a nominal content, or null
 * @param asper  for phrases: followed by a reporting verb (حسبما قال ...)
 * @param attachedL for phrases: the next word carries the preposition ل (وفقًا لـ)
 */
public record CueForm(Kind kind, String lemma, char gender, char number, int person, String prep, String npPrep,
                      boolean asper, boolean attachedL) {

    /** What sort of cue a form is. */
    public enum Kind {
        /** A finite reporting verb (قال، يؤكد). */
        VERB,
        /** A circumstantial participle adding a statement by the current speaker (مضيفًا). */
        PARTICIPLE,
        /** A passive or impersonal verb with no speaker (قيل، يُذكر). */
        IMPERSONAL,
        /** An attribution phrase whose speaker follows it (بحسب، وفقًا لـ). */
        PHRASE
    }

    /** True for verbs and participles that agree with a feminine speaker. */
    public boolean feminine() {
        return gender == 'f';
    }
}
