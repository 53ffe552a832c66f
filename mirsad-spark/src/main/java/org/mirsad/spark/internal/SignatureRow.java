package org.mirsad.spark.internal;

import java.io.Serializable;
import org.mirsad.index.dedup.Fingerprint;

/**
 * A {@link Fingerprint} in a form Spark can ship between stages.
 *
 * @param id        the article's id
 * @param time      its order key (publication day, or {@link Long#MAX_VALUE} when unknown)
 * @param signature its MinHash signature
 * @param words     its word count
 * @param negations its count of negation words
 */
public record SignatureRow(String id, long time, long[] signature, int words, int negations) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The row of {@code f}. */
    public static SignatureRow of(Fingerprint f) {
        return new SignatureRow(f.id(), f.time(), f.signature(), f.words(), f.negations());
    }

    /** The fingerprint again. */
    public Fingerprint toFingerprint() {
        return new Fingerprint(id, time, signature, words, negations);
    }
}
