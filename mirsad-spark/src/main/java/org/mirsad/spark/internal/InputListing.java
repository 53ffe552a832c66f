package org.mirsad.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.mirsad.ingest.read.InputReader;

/**
 * Lists the files of the inputs on any Hadoop file system the way {@code mirsad analyze} walks
 * local ones: folders recursively in name order, hidden files and non-article formats skipped with
 * their reason, each file named by the input as given plus its path inside it.
 */
public final class InputListing {

    /** The files to read and the inputs skipped or failed while listing ("skipped X: why", "X: why"). */
    public record Result(List<InputFile> files, List<String> problems, int skipped, int failed) {

        /** Copies the lists. */
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        /** Total bytes of the files. */
        public long bytes() {
            return files.stream().mapToLong(InputFile::size).sum();
        }
    }

    private InputListing() {
    }

    /** Lists {@code inputs} with the Hadoop configuration {@code conf}. */
    public static Result list(List<String> inputs, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] skipped = {0};
        int[] failed = {0};
        for (String given : inputs) {
            try {
                Path path = new Path(given);
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    failed[0]++;
                    problems.add(given + ": no such file or folder");
                    continue;
                }
                FileStatus status = fs.getFileStatus(path);
                Path qualified = status.getPath();
                if (status.isFile()) {
                    files.add(new InputFile(given, qualified.toString(), qualified.getParent().toString(), status.getLen()));
                    continue;
                }
                List<LocatedFileStatus> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
                while (it.hasNext()) {
                    found.add(it.next());
                }
                String root = qualified.toUri().getPath();
                found.sort(Comparator.comparing(s -> relative(root, s)));
                if (found.isEmpty()) {
                    skipped[0]++;
                    problems.add("skipped " + given + ": empty folder");
                }
                for (LocatedFileStatus f : found) {
                    String rel = relative(root, f);
                    String origin = join(given, rel);
                    String skip = InputReader.folderSkipReason(rel);
                    if (skip != null) {
                        skipped[0]++;
                        problems.add("skipped " + origin + ": " + skip);
                    } else {
                        files.add(new InputFile(origin, f.getPath().toString(), f.getPath().getParent().toString(),
                                f.getLen()));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                failed[0]++;
                problems.add(given + ": cannot list: " + e.getMessage());
            }
        }
        return new Result(files, problems, skipped[0], failed[0]);
    }

    private static String relative(String root, FileStatus f) {
        String p = f.getPath().toUri().getPath();
        String base = root.endsWith("/") ? root : root + "/";
        return p.startsWith(base) ? p.substring(base.length()) : f.getPath().getName();
    }

    /** The name analyze gives a file inside folder {@code given}: Path.resolve for local paths. */
    private static String join(String given, String rel) {
        if (!given.contains(":")) {
            return java.nio.file.Path.of(given).resolve(rel).toString();
        }
        return given.endsWith("/") ? given + rel : given + "/" + rel;
    }
}
