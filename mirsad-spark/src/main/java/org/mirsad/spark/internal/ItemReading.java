package org.mirsad.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.TaskContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.mirsad.ingest.read.InputReader;
import org.mirsad.ingest.read.ItemSink;
import org.mirsad.ingest.read.RawItem;
import org.mirsad.ingest.read.ReaderOptions;

/**
 * Reads the files of one partition through Mirsad's {@link InputReader} (format by content;
 * archives, WARC crawls and dumps yield their items), opening each on its Hadoop file system, one
 * file at a time, its items streamed as they are consumed ({@link StreamedItems}): memory stays
 * bounded however large a crawl file is. Problems go to an accumulator as {@code analyze} prints
 * them.
 */
public final class ItemReading implements FlatMapFunction<Iterator<InputFile>, SparkItem> {

    private static final long serialVersionUID = 1L;

    private final HadoopConf conf;
    private final boolean fetch;
    private final CollectionAccumulator<String> problems;

    /** Reading with {@code conf}, feed articles fetched when {@code fetch}, problems into {@code problems}. */
    public ItemReading(HadoopConf conf, boolean fetch, CollectionAccumulator<String> problems) {
        this.conf = conf;
        this.fetch = fetch;
        this.problems = problems;
    }

    @Override
    public Iterator<SparkItem> call(Iterator<InputFile> files) {
        InputReader reader = new InputReader(ReaderOptions.DEFAULT.withFetch(fetch));
        return new Iterator<>() {
            private Iterator<SparkItem> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = stream(reader, files.next());
                }
                return current.hasNext();
            }

            @Override
            public SparkItem next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The items of one file, streamed as they are read; stopped when the Spark task ends. */
    private Iterator<SparkItem> stream(InputReader reader, InputFile file) {
        StreamedItems items = new StreamedItems("mirsad-read " + file.origin(), emit -> read(reader, file, emit));
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> items.close());
        }
        return items;
    }

    private void read(InputReader reader, InputFile file, Consumer<SparkItem> emit) {
        InputStream in;
        try {
            Path path = new Path(file.uri());
            FileSystem fs = path.getFileSystem(conf.get());
            in = fs.open(path);
        } catch (IOException e) {
            problems.add(file.origin() + ": cannot open: " + e.getMessage());
            return;
        }
        reader.read(file.origin(), in, new ItemSink() {
            @Override
            public void item(RawItem item) {
                emit.accept(SparkItem.of(item, file));
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
    }
}
