package org.mirsad.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.json.DocumentJson;

/**
 * Builds the newline-delimited bodies of OpenSearch/Elasticsearch {@code _bulk} requests: an
 * {@code index} action per document, with the document's Mirsad id as {@code _id} (so exporting
 * again replaces instead of adding), followed by the document's {@code analyze} JSON line. Batches
 * are cut by document count and by body size.
 */
public final class BulkRequests {

    private final String index;
    private final int maxDocs;
    private final int maxChars;
    private final List<String> bodies = new ArrayList<>();
    private StringBuilder current = new StringBuilder();
    private int docs;

    /**
     * A builder for {@code index}.
     *
     * @param maxDocs  most documents per request
     * @param maxChars most characters per request body (a document larger than this gets a request
     *                 of its own)
     */
    public BulkRequests(String index, int maxDocs, int maxChars) {
        if (!index.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("not a valid index name: " + index);
        }
        if (maxDocs < 1 || maxChars < 1) {
            throw new IllegalArgumentException("batch limits must be positive");
        }
        this.index = index;
        this.maxDocs = maxDocs;
        this.maxChars = maxChars;
    }

    /** Adds one document given as its {@code analyze} JSON line. */
    public void add(String jsonLine) {
        String action = action(idOf(jsonLine));
        int size = action.length() + jsonLine.length() + 2;
        if (docs > 0 && (docs >= maxDocs || current.length() + size > maxChars)) {
            cut();
        }
        current.append(action).append('\n').append(jsonLine).append('\n');
        docs++;
    }

    /** Request bodies complete so far (full batches), removed from this builder. */
    public List<String> takeFull() {
        List<String> out = List.copyOf(bodies);
        bodies.clear();
        return out;
    }

    /** Every remaining body, the last partial batch included. */
    public List<String> finish() {
        if (docs > 0) {
            cut();
        }
        return takeFull();
    }

    private void cut() {
        bodies.add(current.toString());
        current = new StringBuilder();
        docs = 0;
    }

    private String action(String id) {
        return "{\"index\":{\"_index\":" + quote(index) + ",\"_id\":" + quote(id) + "}}";
    }

    private static String quote(String s) {
        try {
            return DocumentJson.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idOf(String jsonLine) {
        try {
            JsonNode id = DocumentJson.mapper().readTree(jsonLine).get("id");
            if (id == null || !id.isTextual()) {
                throw new IllegalArgumentException("document without a string id");
            }
            return id.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
    }
}
