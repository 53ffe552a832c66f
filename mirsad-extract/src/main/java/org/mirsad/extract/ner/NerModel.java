package org.mirsad.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mirsad.extract.ner.internal.DocumentModel;
import org.mirsad.extract.ner.internal.TaggerModel;

/**
 * A trained NER sequence model (averaged structured perceptron over hashed features, Viterbi over BIO),
 * with, optionally, its document-level second pass ({@link DocumentModel}), kept in a file of its own
 * beside the model ({@link #documentFile}). Immutable and thread-safe.
 */
public final class NerModel {

    /** Class-path location of the model that ships with Mirsad. */
    public static final String DEFAULT_RESOURCE = "/org/mirsad/extract/ner/ner-model.bin.gz";

    /** Class-path location of the shipped model's document-level pass. */
    public static final String DEFAULT_DOCUMENT_RESOURCE = "/org/mirsad/extract/ner/ner-model-document.tsv";

    private static volatile NerModel defaultModel;

    private final TaggerModel model;
    private final DocumentModel document;

    NerModel(TaggerModel model) {
        this(model, null);
    }

    NerModel(TaggerModel model, DocumentModel document) {
        this.model = model;
        this.document = document;
    }

    TaggerModel internal() {
        return model;
    }

    /** The document-level pass, or null when the model has none. */
    DocumentModel document() {
        return document;
    }

    /** Whether the model has a document-level second pass. */
    public boolean hasDocumentPass() {
        return document != null;
    }

    /** This model with another document-level pass (null: none). */
    public NerModel withDocumentPass(DocumentModel d) {
        return new NerModel(model, d);
    }

    /** The file the document-level pass of the model in {@code modelFile} is kept in: {@code X.bin.gz ▸ X-document.tsv}. */
    public static Path documentFile(Path modelFile) {
        String name = modelFile.getFileName().toString();
        String stem = name.endsWith(".bin.gz") ? name.substring(0, name.length() - ".bin.gz".length()) : name;
        return modelFile.resolveSibling(stem + "-document.tsv");
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
                    try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_DOCUMENT_RESOURCE)) {
                        if (in != null) {
                            m = m.withDocumentPass(DocumentModel.read(in));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaultModel = m;
                }
            }
        }
        return m;
    }

    /** Reads a model file, with its document-level pass when {@link #documentFile} exists beside it. */
    public static NerModel load(Path file) throws IOException {
        NerModel m;
        try (InputStream in = Files.newInputStream(file)) {
            m = read(in);
        }
        Path doc = documentFile(file);
        if (Files.exists(doc)) {
            try (InputStream in = Files.newInputStream(doc)) {
                m = m.withDocumentPass(DocumentModel.read(in));
            } catch (IOException e) {
                throw new IOException(doc + ": " + e.getMessage(), e);
            }
        }
        return m;
    }

    /** Reads a model from a stream (not closed). */
    public static NerModel read(InputStream in) throws IOException {
        return new NerModel(TaggerModel.read(in));
    }

    /** Writes the model; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        model.write(out);
    }

    /** Writes the model to a file, and its document-level pass, if any, to {@link #documentFile}. */
    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
        saveDocumentPass(file, document);
    }

    /**
     * Writes a document-level pass to the {@link #documentFile} of the model in {@code modelFile}, or removes
     * that file when {@code document} is null.
     */
    public static void saveDocumentPass(Path modelFile, DocumentModel document) throws IOException {
        Path doc = documentFile(modelFile);
        if (document == null) {
            Files.deleteIfExists(doc);
            return;
        }
        try (OutputStream out = Files.newOutputStream(doc)) {
            document.write(out);
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
