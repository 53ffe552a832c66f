package org.mirsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.mirsad.core.json.DocumentJson;

/**
 * The few calls of the OpenSearch/Elasticsearch REST API the export needs, over
 * {@code java.net.http}: create an index with Mirsad's mapping unless it exists, and send
 * {@code _bulk} bodies, retrying a bounded number of times when the cluster pushes back (429, 502,
 * 503, 504). A bulk response that reports item errors fails with the first error's reason.
 */
public final class OpenSearchClient {

    /** Attempts per request when the cluster answers 429/502/503/504. */
    public static final int ATTEMPTS = 5;

    private final URI base;
    private final HttpClient http;
    private final long backoffMillis;

    /** A client of the cluster at {@code baseUrl} ({@code http://host:9200}), backing off 500 ms at first. */
    public OpenSearchClient(String baseUrl) {
        this(baseUrl, 500);
    }

    /** A client backing off {@code backoffMillis}, doubled on each retry. */
    public OpenSearchClient(String baseUrl, long backoffMillis) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.backoffMillis = backoffMillis;
    }

    /** The index settings and mapping Mirsad ships (Arabic analyzer, nested layers). */
    public static String mapping() {
        try (InputStream in = OpenSearchClient.class.getResourceAsStream("opensearch-index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the index mapping resource is missing", e);
        }
    }

    /**
     * Creates {@code index} with {@link #mapping()} unless it exists.
     *
     * @return whether it was created
     */
    public boolean ensureIndex(String index) throws IOException {
        HttpResponse<String> head = send(HttpRequest.newBuilder(base.resolve(index)).method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        if (head.statusCode() == 200) {
            return false;
        }
        HttpResponse<String> put = send(HttpRequest.newBuilder(base.resolve(index))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(mapping(), StandardCharsets.UTF_8)));
        if (put.statusCode() / 100 != 2) {
            throw new IOException("cannot create index " + index + ": HTTP " + put.statusCode() + " " + put.body());
        }
        return true;
    }

    /**
     * Sends one {@code _bulk} body.
     *
     * @return the number of items the cluster acknowledged
     * @throws IOException when the request fails or any item was rejected
     */
    public int bulk(String ndjson) throws IOException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("_bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8)));
        if (r.statusCode() / 100 != 2) {
            throw new IOException("bulk request failed: HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
        JsonNode body = DocumentJson.mapper().readTree(r.body());
        JsonNode items = body.path("items");
        if (body.path("errors").asBoolean(false)) {
            for (JsonNode item : items) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) {
                    throw new IOException("bulk item " + item.path("index").path("_id").asText() + " rejected: "
                            + error.path("type").asText() + ": " + error.path("reason").asText());
                }
            }
            throw new IOException("bulk request reported errors");
        }
        return items.size();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        HttpRequest built = request.timeout(Duration.ofMinutes(2)).build();
        long wait = backoffMillis;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> r;
            try {
                r = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            int code = r.statusCode();
            boolean pushBack = code == 429 || code == 502 || code == 503 || code == 504;
            if (!pushBack || attempt >= ATTEMPTS) {
                return r;
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            wait *= 2;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
