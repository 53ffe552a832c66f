package org.mirsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.mirsad.core.json.DocumentJson;

/**
 * A tiny stand-in for an OpenSearch node on the loopback address: answers index existence and
 * creation, and {@code _bulk} requests, checking each bulk body's shape (action line then source
 * line, content type) and keeping what it was sent. It can be told to push back (HTTP 429) a
 * number of times, or to reject documents.
 */
final class FakeSearchCluster implements AutoCloseable {

    final Map<String, String> mappings = new ConcurrentHashMap<>();
    final Map<String, String> documents = new ConcurrentHashMap<>();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger bulkRequests = new AtomicInteger();
    final AtomicInteger pushBacks = new AtomicInteger();
    volatile boolean rejectDocuments;

    private final HttpServer server;

    FakeSearchCluster() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (path.equals("/_bulk") && x.getRequestMethod().equals("POST")) {
                if (pushBacks.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    reply(x, 429, "{\"error\":\"too many requests\"}");
                    return;
                }
                reply(x, 200, bulk(x, body));
            } else if (x.getRequestMethod().equals("HEAD")) {
                x.sendResponseHeaders(mappings.containsKey(path.substring(1)) ? 200 : 404, -1);
                x.close();
            } else if (x.getRequestMethod().equals("PUT")) {
                DocumentJson.mapper().readTree(body);
                mappings.put(path.substring(1), body);
                reply(x, 200, "{\"acknowledged\":true}");
            } else {
                reply(x, 400, "{\"error\":\"unexpected " + x.getRequestMethod() + " " + path + "\"}");
            }
        } catch (RuntimeException | IOException e) {
            problems.add(e.toString());
            reply(x, 400, "{\"error\":\"bad request\"}");
        }
    }

    private String bulk(HttpExchange x, String body) throws IOException {
        bulkRequests.incrementAndGet();
        if (!"application/x-ndjson".equals(x.getRequestHeaders().getFirst("Content-Type"))) {
            problems.add("bulk content type " + x.getRequestHeaders().getFirst("Content-Type"));
        }
        if (!body.endsWith("\n")) {
            problems.add("bulk body does not end with a newline");
        }
        String[] lines = body.split("\n");
        if (lines.length % 2 != 0) {
            problems.add("bulk body with an odd number of lines");
        }
        ObjectNode response = DocumentJson.mapper().createObjectNode();
        ArrayNode items = DocumentJson.mapper().createArrayNode();
        for (int i = 0; i + 1 < lines.length; i += 2) {
            JsonNode action = DocumentJson.mapper().readTree(lines[i]).path("index");
            JsonNode source = DocumentJson.mapper().readTree(lines[i + 1]);
            String id = action.path("_id").asText();
            if (!mappings.containsKey(action.path("_index").asText())) {
                problems.add("bulk into an index never created: " + action.path("_index").asText());
            }
            if (!id.equals(source.path("id").asText())) {
                problems.add("_id " + id + " is not the document's id");
            }
            ObjectNode item = items.addObject().putObject("index");
            item.put("_id", id);
            if (rejectDocuments) {
                item.put("status", 400);
                item.putObject("error").put("type", "mapper_parsing_exception").put("reason", "failed to parse");
            } else {
                documents.put(id, lines[i + 1]);
                item.put("status", 201);
            }
        }
        response.put("took", 1);
        response.put("errors", rejectDocuments);
        response.set("items", items);
        return response.toString();
    }

    private static void reply(HttpExchange x, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
