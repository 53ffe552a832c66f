package org.mirsad.app.eval.devset;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of the hand-annotated development set, with its annotations located in the body.
 *
 * @param name       the file name without extension ({@code "01-wire-refugees"})
 * @param published  the publication date from the annotation file
 * @param header     the lines before the first blank line (the title)
 * @param body       everything after the first blank line; every span indexes it
 * @param quotes     attributed statements
 * @param quantities quantities
 * @param dates      date and time expressions
 */
public record DevArticle(String name, LocalDate published, String header, String body, List<DevQuote> quotes,
                         List<DevQuantity> quantities, List<DevDate> dates) {

    /** Copies the lists. */
    public DevArticle {
        quotes = List.copyOf(quotes);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
    }
}
