package org.mirsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.spark.internal.BulkRequests;

class OpenSearchClientTest {

    private FakeSearchCluster cluster;

    @BeforeEach
    void start() throws IOException {
        cluster = new FakeSearchCluster();
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    private static String body(String... docs) {
        BulkRequests b = new BulkRequests("news", 100, 1_000_000);
        for (String d : docs) {
            b.add(d);
        }
        return b.finish().get(0);
    }

    @Test
    void theIndexIsCreatedOnceWithTheArabicMapping() throws IOException {
        OpenSearchClient client = new OpenSearchClient(cluster.url(), 1);
        assertTrue(client.ensureIndex("news"));
        assertFalse(client.ensureIndex("news"), "an existing index is left as it is");
        JsonNode mapping = DocumentJson.mapper().readTree(cluster.mappings.get("news"));
        JsonNode analyzer = mapping.path("settings").path("analysis").path("analyzer").path("mirsad_arabic");
        assertTrue(analyzer.path("filter").toString().contains("arabic_normalization"));
        assertTrue(analyzer.path("filter").toString().contains("arabic_stemmer"));
        assertEquals("mirsad_arabic", mapping.path("mappings").path("properties").path("text").path("analyzer").asText());
        assertEquals("nested", mapping.path("mappings").path("properties").path("entities").path("type").asText());
    }

    @Test
    void bulkSendsDocumentsAndCountsAcknowledgements() throws IOException {
        OpenSearchClient client = new OpenSearchClient(cluster.url(), 1);
        client.ensureIndex("news");
        assertEquals(2, client.bulk(body("{\"id\":\"a\",\"text\":\"أ\"}", "{\"id\":\"b\",\"text\":\"ب\"}")));
        assertEquals(List.of(), cluster.problems);
        assertEquals("{\"id\":\"b\",\"text\":\"ب\"}", cluster.documents.get("b"));
    }

    @Test
    void pushBackIsRetriedThenSucceeds() throws IOException {
        OpenSearchClient client = new OpenSearchClient(cluster.url(), 1);
        client.ensureIndex("news");
        cluster.pushBacks.set(2);
        assertEquals(1, client.bulk(body("{\"id\":\"a\",\"text\":\"أ\"}")));
        assertEquals(1, cluster.bulkRequests.get(), "two 429s, then the request that went through");
    }

    @Test
    void endlessPushBackFailsAfterTheLastAttempt() throws IOException {
        OpenSearchClient client = new OpenSearchClient(cluster.url(), 1);
        client.ensureIndex("news");
        cluster.pushBacks.set(100);
        IOException e = assertThrows(IOException.class, () -> client.bulk(body("{\"id\":\"a\",\"text\":\"أ\"}")));
        assertTrue(e.getMessage().contains("429"), e.getMessage());
        assertEquals(100 - OpenSearchClient.ATTEMPTS, cluster.pushBacks.get());
    }

    @Test
    void rejectedItemsFailWithTheClustersReason() throws IOException {
        OpenSearchClient client = new OpenSearchClient(cluster.url(), 1);
        client.ensureIndex("news");
        cluster.rejectDocuments = true;
        IOException e = assertThrows(IOException.class, () -> client.bulk(body("{\"id\":\"a\",\"text\":\"أ\"}")));
        assertTrue(e.getMessage().contains("mapper_parsing_exception"), e.getMessage());
        assertTrue(e.getMessage().contains("a"), e.getMessage());
    }

    @Test
    void anUnreachableClusterIsAnIoError() {
        OpenSearchClient client = new OpenSearchClient("http://127.0.0.1:1", 1);
        assertThrows(IOException.class, () -> client.ensureIndex("news"));
    }
}
