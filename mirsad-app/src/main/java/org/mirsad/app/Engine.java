package org.mirsad.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.arabic.TextLayerStage;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.RawText;
import org.mirsad.core.pipeline.Pipeline;
import org.mirsad.core.pipeline.Stage;
import org.mirsad.extract.clean.CleanArticle;
import org.mirsad.extract.clean.CleaningHints;
import org.mirsad.extract.clean.TextArticleCleaner;
import org.mirsad.extract.date.DateStage;
import org.mirsad.extract.quantity.QuantityStage;
import org.mirsad.extract.lang.LanguageGuesser;
import org.mirsad.extract.ner.NerStage;
import org.mirsad.extract.quote.QuoteStage;

/**
 * The one entry point to Mirsad's analysis: cleans raw articles and runs the extraction pipeline.
 *
 * <p>Thread-safe. CLI commands and HTTP handlers only translate requests into calls on an engine.
 */
public final class Engine {

    /** One SHA-256 digest per thread, reused: looking up the provider for every article showed in profiles. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private final Pipeline pipeline;

    /** An engine running the given stages after cleaning. */
    public Engine(List<? extends Stage> stages) {
        this.pipeline = Pipeline.of(stages);
    }

    /** The engine with every stage Mirsad has. */
    public static Engine createDefault() {
        return new Engine(List.of(new TextLayerStage(), new NerStage(), new QuoteStage(), new DateStage(), new QuantityStage()));
    }

    /** The analysis pipeline run after cleaning. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Cleans a scraped plain-text article and analyzes it.
     *
     * @param source    where the article came from (path or URL as given), kept in the output
     * @param raw       the decoded raw text
     * @param published the publication date when the caller knows it, else null (then the date
     *                  stamp the cleaner found in the article, if any)
     * @param cleaner   the cleaner to use (with the boilerplate profile of the article's folder, if any)
     */
    public Document analyzeText(String source, String raw, LocalDate published, TextArticleCleaner cleaner) {
        return analyzeText(source, raw, published, cleaner, CleaningHints.NONE);
    }

    /**
     * As {@link #analyzeText(String, String, LocalDate, TextArticleCleaner)}, trusting what the article's
     * container said about it ({@code hints}: its title, which {@code raw} opens with, and its credit).
     */
    public Document analyzeText(String source, String raw, LocalDate published, TextArticleCleaner cleaner,
                                CleaningHints hints) {
        CleanArticle clean = cleaner.clean(raw, hints);
        String body = clean.body();
        LocalDate date = published != null ? published : clean.published();
        Metadata meta = new Metadata(contentId(clean.title(), body), source, clean.outlet(), clean.title(),
                clean.byline(), clean.dateline(), date, LanguageGuesser.guess(body));
        return pipeline.run(Document.of(meta, body, new RawText(raw, clean.map())));
    }

    /** Cleans and analyzes with a cleaner that knows no outlet profile. */
    public Document analyzeText(String source, String raw, LocalDate published) {
        return analyzeText(source, raw, published, new TextArticleCleaner());
    }

    /**
     * A stable identifier derived from the normalized title and body, so the same article read twice
     * (or from two places) gets the same id: 16 hex digits of SHA-256.
     */
    public static String contentId(String title, String body) {
        MessageDigest sha = SHA_256.get();
        sha.reset();
        if (title != null) {
            sha.update(ArabicNormalizer.normalize(title).getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) 0);
        sha.update(ArabicNormalizer.normalize(body).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
