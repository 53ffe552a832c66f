/**
 * Mirsad as a Spark batch job: {@link org.mirsad.spark.SparkJob} runs the {@code analyze} pipeline
 * over any Hadoop path and writes the documents and per-layer tables
 * ({@link org.mirsad.spark.DocumentSchema}, {@link org.mirsad.spark.LayerTables}), near-duplicate
 * groups ({@link org.mirsad.spark.SparkNearDuplicates}) and, optionally, a bulk export to
 * OpenSearch/Elasticsearch ({@link org.mirsad.spark.OpenSearchExport}); {@link
 * org.mirsad.spark.MirsadSparkJob} is its command line. The reading, profile learning and
 * per-partition analysis live in {@code internal}.
 */
package org.mirsad.spark;
