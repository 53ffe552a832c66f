package org.mirsad.app.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the article files to read.
 *
 * <p>A file given by name is always read. A directory is walked recursively in name order, taking
 * files whose extension is a text-article extension ({@link #TEXT_EXTENSIONS}) or that have none;
 * hidden files and folders are passed over. A path that does not exist is reported, not dropped.
 */
public final class InputFiles {

    /** File extensions read as plain-text articles when found inside a directory. */
    public static final List<String> TEXT_EXTENSIONS = List.of("txt", "text");

    private InputFiles() {
    }

    /** One input found: a readable file, or a problem with what was given. */
    public record Found(Path path, String given, String problem) {

        /** True when this input cannot be read. */
        public boolean failed() {
            return problem != null;
        }
    }

    /** Expands each given path, keeping the order the user gave them in. */
    public static List<Found> expand(List<String> given) {
        List<Found> out = new ArrayList<>();
        for (String g : given) {
            Path p = Path.of(g);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .filter(InputFiles::hasTextExtension)
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(f -> out.add(new Found(f, f.toString(), null)));
                } catch (IOException | RuntimeException e) {
                    out.add(new Found(p, g, "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new Found(p, g, null));
            } else if (Files.exists(p)) {
                out.add(new Found(p, g, "not a regular file"));
            } else {
                out.add(new Found(p, g, "no such file or directory"));
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTextExtension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 || TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
