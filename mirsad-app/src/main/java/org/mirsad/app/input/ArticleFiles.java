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
        java.util.Map<Path, TextArticleCleaner> cleaners = folderCleaners(found);
        TextArticleCleaner plain = new TextArticleCleaner();
        for (InputFiles.Found f : found) {
            if (f.failed()) {
                tally.failed++;
                onFailure.accept(f.given() + ": " + f.problem());
                continue;
            }
            try {
                String raw = read(f.given(), f.path());
                TextArticleCleaner cleaner = cleaners.getOrDefault(folderOf(f.path()), plain);
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

    /** Least articles in one folder for its boilerplate profile to be learned. */
    public static final int MIN_PROFILE_ARTICLES = 3;

    /**
     * A cleaner per folder holding at least {@link #MIN_PROFILE_ARTICLES} readable articles, with
     * the boilerplate profile learned from the lines that repeat across them (mastheads, menus,
     * footers of one outlet).
     */
    static java.util.Map<Path, TextArticleCleaner> folderCleaners(Iterable<InputFiles.Found> found) {
        java.util.Map<Path, java.util.List<InputFiles.Found>> byFolder = new java.util.LinkedHashMap<>();
        for (InputFiles.Found f : found) {
            if (!f.failed()) {
                byFolder.computeIfAbsent(folderOf(f.path()), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        java.util.Map<Path, TextArticleCleaner> out = new java.util.HashMap<>();
        for (java.util.Map.Entry<Path, java.util.List<InputFiles.Found>> e : byFolder.entrySet()) {
            if (e.getValue().size() < MIN_PROFILE_ARTICLES) {
                continue;
            }
            java.util.List<String> raws = new java.util.ArrayList<>();
            for (InputFiles.Found f : e.getValue()) {
                try {
                    raws.add(read(f.given(), f.path()));
                } catch (InputException ignored) {
                    // reported when the file itself is analyzed
                }
            }
            if (raws.size() >= MIN_PROFILE_ARTICLES) {
                out.put(e.getKey(), new TextArticleCleaner(org.mirsad.extract.clean.BoilerplateProfile.learn(raws)));
            }
        }
        return out;
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("/") : parent;
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
