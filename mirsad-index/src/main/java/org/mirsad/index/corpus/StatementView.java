package org.mirsad.index.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * An attributed statement as listed across the corpus.
 *
 * @param articleId the article it was found in
 * @param published the article's date, or null
 * @param outlet    the article's outlet, or null
 * @param speaker   who speaks (canonical name when known), or null
 * @param cue       the reporting verb or phrase
 * @param content   what was said
 * @param direct    quoted words
 * @param via       outlets and sources it passed through
 */
public record StatementView(String articleId, LocalDate published, String outlet, String speaker, String cue,
        String content, boolean direct, List<String> via) {

    /** Copies the list. */
    public StatementView {
        via = List.copyOf(via);
    }
}
