/**
 * The job's parts: listing and streaming the input files, shippable items and fingerprints, folder
 * profile learning, the per-partition analyzer, and the {@code _bulk} request bodies.
 */
package org.mirsad.spark.internal;
