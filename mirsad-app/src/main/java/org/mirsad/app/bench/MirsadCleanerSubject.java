package org.mirsad.app.bench;

import org.mirsad.extract.clean.CleanArticle;
import org.mirsad.extract.clean.TextArticleCleaner;

/** The cleaning of scraped text articles alone. */
public final class MirsadCleanerSubject implements BenchSubject {

    private final TextArticleCleaner cleaner = new TextArticleCleaner();

    @Override
    public String name() {
        return "  cleaning";
    }

    @Override
    public long process(String text) {
        CleanArticle c = cleaner.clean(text);
        return c.body().length() / 6;
    }
}
