package org.mirsad.app.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads plain-text article files (for the benchmark corpus), refusing what is too large, binary or undecodable. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** Largest text article read, in bytes; larger files are refused as not an article. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

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
