package org.mirsad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of one document row: the public field layout of {@code mirsad analyze}
 * ({@link org.mirsad.core.json.DocumentJson}), field for field and in the same order.
 */
public final class DocumentSchema {

    /** An entity mention. */
    public static final StructType ENTITY = struct(
            field("text", StringType), field("type", StringType), field("start", IntegerType),
            field("end", IntegerType), field("canonical", StringType), field("role", StringType));

    /** A quote's speaker. */
    public static final StructType SPEAKER = struct(
            field("text", StringType), field("start", IntegerType), field("end", IntegerType),
            field("canonical", StringType));

    /** A quote's reporting cue. */
    public static final StructType CUE = struct(
            field("text", StringType), field("start", IntegerType), field("end", IntegerType));

    /** An attributed statement. */
    public static final StructType QUOTE = struct(
            field("speaker", SPEAKER), field("cue", CUE), field("content", StringType),
            field("contentStart", IntegerType), field("contentEnd", IntegerType), field("start", IntegerType),
            field("end", IntegerType), field("direct", BooleanType), field("via", createArrayType(StringType)));

    /** A quantity. */
    public static final StructType QUANTITY = struct(
            field("text", StringType), field("value", DoubleType), field("unit", StringType),
            field("counted", StringType), field("qualifier", StringType), field("range", createArrayType(DoubleType)),
            field("start", IntegerType), field("end", IntegerType));

    /** A date or time mention. */
    public static final StructType DATE = struct(
            field("text", StringType), field("value", StringType), field("start", IntegerType),
            field("end", IntegerType));

    /** A whole document. */
    public static final StructType DOCUMENT = struct(
            field("id", StringType), field("source", StringType), field("outlet", StringType),
            field("title", StringType), field("text", StringType), field("byline", StringType),
            field("dateline", StringType), field("published", StringType), field("language", StringType),
            field("entities", createArrayType(ENTITY)), field("quotes", createArrayType(QUOTE)),
            field("quantities", createArrayType(QUANTITY)), field("dates", createArrayType(DATE)),
            field("sources", createArrayType(StringType)));

    private DocumentSchema() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return createStructType(List.of(fields));
    }
}
