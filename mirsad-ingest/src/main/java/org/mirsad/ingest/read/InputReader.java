package org.mirsad.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.mirsad.ingest.read.internal.Dates;
import org.mirsad.ingest.read.internal.Feeds;
import org.mirsad.ingest.read.internal.JsonDumps;
import org.mirsad.ingest.read.internal.Sniffer;
import org.mirsad.ingest.read.internal.TrecDocuments;
import org.mirsad.ingest.read.internal.Warcs;

/**
 * Reads files, folders and archives into {@link RawItem}s, choosing each reader by content (and
 * only weakly by name): plain-text articles, HTML pages, RSS/Atom feeds, WARC crawls, JSON and
 * JSON Lines dumps, TREC-style documents, and {@code .zip}, {@code .tar}, {@code .tar.gz} and
 * {@code .gz} archives, recursively.
 *
 * <p>Every input is accounted for: it yields items, or is reported skipped or failed with a
 * reason. A broken input never stops the others. Thread-safe if the sink is.
 */
public final class InputReader {

    /**
     * Extensions of files that are never articles (code, images, media, office documents, build
     * files); skipped, with the reason, when met inside a folder (a file named explicitly is read).
     */
    public static final java.util.Set<String> NOT_ARTICLES = java.util.Set.of(
            "py", "java", "class", "jar", "js", "mjs", "ts", "css", "scss", "sh", "bat", "md", "yml", "yaml", "toml",
            "ini", "properties", "lock", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff",
            "mp3", "mp4", "wav", "ogg", "webm", "mov", "avi", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
            "exe", "dll", "so", "o", "bin", "woff", "woff2", "ttf", "otf");

    private final ReaderOptions options;

    private final org.mirsad.ingest.read.internal.Fetcher fetcher;
    private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();

    /** Bytes of local files read so far (compressed size for archives), for progress and ETA. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** Total size of the local files among {@code inputs} (folders walked), 0 for URLs. */
    public static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String given : inputs) {
            Path p = Path.of(given);
            try (Stream<Path> walk = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                total += walk.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        return 0;
                    }
                }).sum();
            } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
                // a missing or unreadable input is reported when it is read
            }
        }
        return total;
    }

    /** A reader with {@code options}. */
    public InputReader(ReaderOptions options) {
        this.options = options;
        this.fetcher = options.fetch() ? new org.mirsad.ingest.read.internal.Fetcher(options.maxItemBytes()) : null;
    }

    /** Reads every input (files or folders, as given) into {@code sink}, in order. */
    public void read(List<String> inputs, ItemSink sink) {
        for (String given : inputs) {
            if (given.startsWith("http://") || given.startsWith("https://")) {
                readUrl(given, sink);
            } else {
                readPath(given, Path.of(given), sink);
            }
        }
    }

    private void readUrl(String url, ItemSink sink) {
        if (fetcher == null) {
            sink.skipped(url, "a URL, and fetching is off (--no-fetch)");
            return;
        }
        try {
            byte[] body = fetcher.get(url);
            readStream(url, new BufferedInputStream(new java.io.ByteArrayInputStream(body)), 0, sink);
        } catch (IOException | RuntimeException e) {
            sink.failed(url, "cannot fetch: " + problem(e));
        }
    }

    private void readPath(String given, Path path, ItemSink sink) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.failed(given, "cannot list folder: " + e.getMessage());
                return;
            }
            if (files.isEmpty()) {
                sink.skipped(given, "empty folder");
            }
            for (Path f : files) {
                String origin = path.resolve(path.relativize(f)).toString();
                String skip = folderSkipReason(path.relativize(f).toString());
                if (skip != null) {
                    sink.skipped(origin, skip);
                } else {
                    readFile(origin, f, sink);
                }
            }
        } else if (Files.exists(path)) {
            readFile(given, path, sink);
        } else {
            sink.failed(given, "no such file or folder");
        }
    }

    /**
     * Why a file met while walking a folder is skipped ("hidden file", "not an article format
     * (.ext)"), or null when it is read. {@code relative} is its path inside the folder given.
     */
    public static String folderSkipReason(String relative) {
        if (isHidden(relative)) {
            return "hidden file";
        }
        int slash = Math.max(relative.lastIndexOf('/'), relative.lastIndexOf('\\'));
        String ext = Sniffer.extension(relative.substring(slash + 1));
        return NOT_ARTICLES.contains(ext) ? "not an article format (." + ext + ")" : null;
    }

    /**
     * Reads one input given as a stream, named {@code origin} (a file opened on any file system,
     * such as a Hadoop path), into {@code sink}, exactly as a file of that name is read: the format is
     * chosen by content, archives, WARC crawls and dumps yield their items. Closes the stream.
     */
    public void read(String origin, InputStream in, ItemSink sink) {
        try (InputStream buffered = new BufferedInputStream(in, 1 << 16)) {
            readStream(origin, buffered, 0, sink);
        } catch (IOException | RuntimeException e) {
            sink.failed(origin, problem(e));
        }
    }

    private void readFile(String origin, Path file, ItemSink sink) {
        try (InputStream in = new BufferedInputStream(new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        }, 1 << 16)) {
            readStream(origin, in, 0, sink);
        } catch (NoSuchFileException e) {
            sink.failed(origin, "no such file");
        } catch (IOException | RuntimeException e) {
            sink.failed(origin, problem(e));
        }
    }

    /** Reads one stream (which supports mark/reset); containers recurse into their entries. */
    private void readStream(String origin, InputStream in, int depth, ItemSink sink) throws IOException {
        in.mark(Sniffer.HEAD);
        byte[] head = in.readNBytes(Sniffer.HEAD);
        in.reset();
        if (head.length == 0) {
            sink.skipped(origin, "empty");
            return;
        }
        Sniffer.Kind kind = Sniffer.sniff(head, head.length, origin);
        switch (kind) {
            case GZIP, ZIP, TAR -> container(origin, kind, in, depth, sink);
            case WARC -> Warcs.read(origin, in, options.maxItemBytes(), sink);
            default -> {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxItemBytes() + 1));
                if (bytes.length > options.maxItemBytes()) {
                    sink.failed(origin, "larger than the limit of " + options.maxItemBytes() / (1024 * 1024) + " MB");
                    return;
                }
                document(origin, kind, bytes, sink);
            }
        }
    }

    private void container(String origin, Sniffer.Kind kind, InputStream in, int depth, ItemSink sink) throws IOException {
        if (depth >= options.maxDepth()) {
            sink.skipped(origin, "archive nested deeper than " + options.maxDepth() + " levels");
            return;
        }
        if (kind == Sniffer.Kind.GZIP) {
            String inner = origin.endsWith(".gz") ? origin.substring(0, origin.length() - 3)
                    : origin.endsWith(".tgz") ? origin.substring(0, origin.length() - 4) + ".tar" : origin;
            try {
                readStream(inner, new BufferedInputStream(new GzipCompressorInputStream(in, true), 1 << 16), depth + 1, sink);
            } catch (IOException e) {
                throw new IOException("truncated or corrupt gzip data: " + e.getMessage(), e);
            }
            return;
        }
        try (ArchiveInputStream<? extends ArchiveEntry> archive = kind == Sniffer.Kind.ZIP
                ? new ZipArchiveInputStream(CloseShieldInputStream.wrap(in))
                : new TarArchiveInputStream(CloseShieldInputStream.wrap(in))) {
            ArchiveEntry e;
            int entries = 0;
            while ((e = archive.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                entries++;
                String where = origin + "!" + e.getName();
                if (isHidden(e.getName())) {
                    sink.skipped(where, "hidden file");
                    continue;
                }
                if (!archive.canReadEntryData(e)) {
                    sink.failed(where, "archive entry uses an unsupported method or encryption");
                    continue;
                }
                try {
                    readStream(where, new BufferedInputStream(CloseShieldInputStream.wrap(archive), 1 << 16), depth + 1, sink);
                } catch (IOException | RuntimeException ex) {
                    sink.failed(where, problem(ex));
                }
            }
            if (entries == 0) {
                sink.skipped(origin, "archive without files");
            }
        }
    }

    private void document(String origin, Sniffer.Kind kind, byte[] bytes, ItemSink sink) {
        switch (kind) {
            case HTML -> sink.item(new RawItem(origin, Format.HTML, bytes, null, RawItem.Hints.NONE));
            case FEED -> Feeds.read(origin, bytes, fetcher, sink);
            case JSON -> JsonDumps.read(origin, bytes, options, sink);
            case TREC -> trec(origin, bytes, sink);
            default -> sink.item(new RawItem(origin, Format.TEXT, bytes, null, RawItem.Hints.NONE));
        }
    }

    private static void trec(String origin, byte[] bytes, ItemSink sink) {
        List<Map<String, String>> docs = TrecDocuments.parse(new String(bytes, StandardCharsets.UTF_8));
        int n = 0;
        for (Map<String, String> d : docs) {
            String where = docs.size() == 1 ? origin : origin + "#" + n;
            n++;
            String text = d.getOrDefault("TEXT", "");
            if (text.isBlank()) {
                sink.skipped(where, "TREC document without TEXT");
                continue;
            }
            sink.item(new RawItem(where, Format.FIELDS, null, text, new RawItem.Hints(d.get("URL"), d.get("TITLE"),
                    d.get("SRC"), Dates.isoDate(d.get("TIME")), d.get("AUTHOR"))));
        }
        if (docs.isEmpty()) {
            sink.failed(origin, "looks like a TREC document but has no complete <DOC>");
        }
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("[/\\\\]")) {
            if (part.startsWith(".") && !part.equals(".") && !part.equals("..") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static String problem(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
