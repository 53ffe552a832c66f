package org.mirsad.spark.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.mirsad.app.Engine;
import org.mirsad.app.ingest.ItemAnalyzer;
import org.mirsad.app.input.InputException;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.extract.clean.BoilerplateProfile;
import org.mirsad.extract.clean.TextArticleCleaner;

/**
 * Analyzes the items of one partition with the pipeline {@code mirsad analyze} runs, built once
 * for the partition: {@link ItemAnalyzer} over {@link Engine#createDefault()}, text articles
 * cleaned with their folder's profile. Yields each document as its {@code analyze} JSON line,
 * lazily, so a partition never holds more than one analysis at a time.
 */
public final class PartitionAnalyzer implements FlatMapFunction<Iterator<SparkItem>, String> {

    private static final long serialVersionUID = 1L;

    private final String published;
    private final Broadcast<Map<String, BoilerplateProfile>> profiles;
    private final CollectionAccumulator<String> problems;

    /**
     * An analyzer for partitions.
     *
     * @param published fallback publication date (ISO), or null
     * @param profiles  folder profiles by folder key
     * @param problems  where items that cannot be analyzed are reported
     */
    public PartitionAnalyzer(String published, Broadcast<Map<String, BoilerplateProfile>> profiles,
            CollectionAccumulator<String> problems) {
        this.published = published;
        this.profiles = profiles;
        this.problems = problems;
    }

    @Override
    public Iterator<String> call(Iterator<SparkItem> items) {
        ItemAnalyzer analyzer = new ItemAnalyzer(Engine.createDefault());
        LocalDate fallback = published == null ? null : LocalDate.parse(published);
        Map<String, BoilerplateProfile> known = profiles.value();
        Map<String, TextArticleCleaner> cleaners = new HashMap<>();
        return new Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    next = analyze(items.next());
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String line = next;
                next = null;
                return line;
            }

            private String analyze(SparkItem item) {
                TextArticleCleaner cleaner = null;
                if (item.folder() != null && known.containsKey(item.folder())) {
                    cleaner = cleaners.computeIfAbsent(item.folder(), f -> new TextArticleCleaner(known.get(f)));
                }
                try {
                    return DocumentJson.toJsonLine(analyzer.analyze(item.toRawItem(), fallback, cleaner));
                } catch (InputException e) {
                    problems.add(e.getMessage());
                } catch (RuntimeException e) {
                    problems.add(item.origin() + ": analysis failed: " + e);
                }
                return null;
            }
        };
    }
}
