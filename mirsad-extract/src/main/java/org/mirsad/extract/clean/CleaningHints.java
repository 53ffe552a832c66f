package org.mirsad.extract.clean;

/**
 * What the container of an article (a JSON dump, a feed entry, a page's metadata) already says about
 * it, for the cleaner to trust over its own guesses.
 *
 * @param title  the title the container gave; the raw text opens with it as a line of its own, or null
 * @param credit the container's author or credit field ("الرياض - نايف الحمري", "لندن: «الشرق الأوسط»",
 *               "سلمان الضباح (بريدة)"), or null; read into byline and dateline, and cut from the start
 *               of the story when the text repeats it there
 */
public record CleaningHints(String title, String credit) {

    /** Nothing known. */
    public static final CleaningHints NONE = new CleaningHints(null, null);

    /** Blank fields become null. */
    public CleaningHints {
        title = title == null || title.isBlank() ? null : title.strip();
        credit = credit == null || credit.isBlank() ? null : credit.strip();
    }
}
