package org.mirsad.app.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.mirsad.app.Engine;
import org.mirsad.core.model.Document;
import org.mirsad.extract.clean.TextArticleCleaner;

/**
 * Reads plain-text article files and analyzes them, accounting for every input: each one ends as a
 * document or as a failure with its reason, and a failure never stops the others.
 */
public final class ArticleFiles {

    /** Largest text article read, in bytes; larger files are refused as not an article. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Engine engine;

    /** Reads with the given engine. */
    public ArticleFiles(Engine engine) {
        this.engine = engine;
    }

    /** What became of the inputs of one run. */
    public static final class Tally {
        private int processed;
        private int failed;

        /** Inputs that produced a document. */
        public int processed() {
            return processed;
        }

        /** Inputs that failed, each reported to the failure consumer. */
        public int failed() {
            return failed;
        }
    }

    /**
     * Analyzes every file found.
     *
     * @param found     inputs from {@link InputFiles#expand}
     * @param published publication date to apply, or null
     * @param onDoc     receives each analyzed document, in input order
     * @param onFailure receives a one-line message naming each failed input
     */
    public Tally analyze(Iterable<InputFiles.Found> found, LocalDate published, Consumer<Document> onDoc,
                         Consumer<String> onFailure) {
        Tally tally = new Tally();
        TextArticleCleaner cleaner = new TextArticleCleaner();
        for (InputFiles.Found f : found) {
            if (f.failed()) {
                tally.failed++;
                onFailure.accept(f.given() + ": " + f.problem());
                continue;
            }
            try {
                String raw = read(f.given(), f.path());
                onDoc.accept(engine.analyzeText(f.given(), raw, published, cleaner));
                tally.processed++;
            } catch (InputException e) {
                tally.failed++;
                onFailure.accept(e.getMessage());
            } catch (RuntimeException e) {
                tally.failed++;
                onFailure.accept(f.given() + ": analysis failed: " + e);
            }
        }
        return tally;
    }

    /** Reads and decodes one file, refusing what is too large, binary or undecodable. */
    public static String read(String given, Path path) throws InputException {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(given, "file is " + size + " bytes, larger than the " + MAX_BYTES
                        + "-byte limit for a text article");
            }
            return TextDecoder.decode(given, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new InputException(given, "cannot read: " + e.getMessage(), e);
        }
    }
}
