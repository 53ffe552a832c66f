package org.mirsad.app.eval.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the third-party evaluation data lives: {@code -Dmirsad.eval.dir}, else {@code ../shared/eval}. */
public final class EvalData {

    private EvalData() {
    }

    /** The evaluation data folder, if present. */
    public static Optional<Path> dir() {
        String prop = System.getProperty("mirsad.eval.dir");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Optional.of(Path.of(prop));
        }
        Path home = Path.of(System.getProperty("mirsad.home", "."));
        Path shared = home.toAbsolutePath().normalize().resolveSibling("shared").resolve("eval");
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }

    /** A folder of the evaluation data, if present. */
    public static Optional<Path> dir(String name) {
        return dir().map(d -> d.resolve(name)).filter(Files::isDirectory);
    }
}
