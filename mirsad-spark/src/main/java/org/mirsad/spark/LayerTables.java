package org.mirsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One flat table per analysis layer, one row per mention, keyed by the document's {@code id} and
 * {@code source} and the mention's position ({@code n}) in its layer: what a SQL engine or a
 * spreadsheet reads without unnesting.
 */
public final class LayerTables {

    private LayerTables() {
    }

    /** The tables {@code entities, quotes, quantities, dates}, in that order, of the document rows. */
    public static Map<String, Dataset<Row>> of(Dataset<Row> documents) {
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put("entities", exploded(documents, "entities").select(col("id"), col("source"), col("n"),
                col("m.text").as("text"), col("m.type").as("type"), col("m.start").as("start"),
                col("m.end").as("end"), col("m.canonical").as("canonical"), col("m.role").as("role")));
        tables.put("quotes", exploded(documents, "quotes").select(col("id"), col("source"), col("n"),
                col("m.speaker.text").as("speaker"), col("m.speaker.canonical").as("speaker_canonical"),
                col("m.speaker.start").as("speaker_start"), col("m.speaker.end").as("speaker_end"),
                col("m.cue.text").as("cue"), col("m.cue.start").as("cue_start"), col("m.cue.end").as("cue_end"),
                col("m.content").as("content"), col("m.contentStart").as("content_start"),
                col("m.contentEnd").as("content_end"), col("m.start").as("start"), col("m.end").as("end"),
                col("m.direct").as("direct"), col("m.via").as("via")));
        tables.put("quantities", exploded(documents, "quantities").select(col("id"), col("source"), col("n"),
                col("m.text").as("text"), col("m.value").as("value"), col("m.unit").as("unit"),
                col("m.counted").as("counted"), col("m.qualifier").as("qualifier"),
                col("m.range").getItem(0).as("range_low"), col("m.range").getItem(1).as("range_high"),
                col("m.start").as("start"), col("m.end").as("end")));
        tables.put("dates", exploded(documents, "dates").select(col("id"), col("source"), col("n"),
                col("m.text").as("text"), col("m.value").as("value"), col("m.start").as("start"),
                col("m.end").as("end")));
        return tables;
    }

    private static Dataset<Row> exploded(Dataset<Row> documents, String layer) {
        return documents.select(col("id"), col("source"), posexplode(col(layer)).as(new String[] {"n", "m"}));
    }
}
