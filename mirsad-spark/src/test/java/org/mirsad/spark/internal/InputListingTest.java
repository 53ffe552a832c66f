package org.mirsad.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.ingest.read.InputReader;
import org.mirsad.ingest.read.ItemSink;
import org.mirsad.ingest.read.RawItem;
import org.mirsad.ingest.read.ReaderOptions;

class InputListingTest {

    @Test
    void filesAreNamedAndSkippedAsTheLocalReaderNamesAndSkipsThem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.txt"), "خبر أول عن الطقس في المدينة");
        Files.writeString(dir.resolve("a.txt"), "خبر ثان عن الأسواق");
        Files.writeString(dir.resolve(".hidden.txt"), "مخفي");
        Files.writeString(dir.resolve("logo.png"), "x");
        InputListing.Result r = InputListing.list(List.of(dir.toString(), dir.resolve("missing").toString()),
                new Configuration());

        List<String> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new InputReader(ReaderOptions.DEFAULT).read(List.of(dir.toString(), dir.resolve("missing").toString()),
                new ItemSink() {
                    @Override
                    public void item(RawItem item) {
                        items.add(item.origin());
                    }

                    @Override
                    public void skipped(String origin, String reason) {
                        problems.add("skipped " + origin + ": " + reason);
                    }

                    @Override
                    public void failed(String origin, String problem) {
                        problems.add(origin + ": " + problem);
                    }
                });
        assertEquals(items, r.files().stream().map(InputFile::origin).toList());
        assertEquals(problems.stream().sorted().toList(), r.problems().stream().sorted().toList());
        assertEquals(2, r.skipped());
        assertEquals(1, r.failed());
        assertTrue(r.files().get(0).uri().startsWith("file:"), r.files().get(0).uri());
        assertEquals(Files.size(dir.resolve("a.txt")) + Files.size(dir.resolve("b/c/z.txt")), r.bytes());
    }
}
