package org.mirsad.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mirsad.extract.ner.internal.TaggerModel;

/**
 * A trained NER sequence model (averaged structured perceptron over hashed features, Viterbi over BIO).
 * Immutable and thread-safe.
 */
public final class NerModel {

    /** Class-path location of the model that ships with Mirsad. */
    public static final String DEFAULT_RESOURCE = "/org/mirsad/extract/ner/ner-model.bin.gz";

    private static volatile NerModel defaultModel;

    private final TaggerModel model;

    NerModel(TaggerModel model) {
        this.model = model;
    }

    TaggerModel internal() {
        return model;
    }

    /** The shipped model, loaded once. */
    public static NerModel defaultModel() {
        NerModel m = defaultModel;
        if (m == null) {
            synchronized (NerModel.class) {
                m = defaultModel;
                if (m == null) {
                    try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("default NER model missing: " + DEFAULT_RESOURCE);
                        }
                        m = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaultModel = m;
                }
            }
        }
        return m;
    }

    /** Reads a model file. */
    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a model from a stream (not closed). */
    public static NerModel read(InputStream in) throws IOException {
        return new NerModel(TaggerModel.read(in));
    }

    /** Writes the model; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        model.write(out);
    }

    /** Writes the model to a file. */
    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    /** Number of features with weights. */
    public int features() {
        return model.features();
    }

    /** The fingerprint of the lexicons the model was trained with. */
    public long lexiconFingerprint() {
        return model.lexFingerprint();
    }

    /** The feature-template version the model was trained with. */
    public int featureVersion() {
        return model.featureVersion();
    }
}
