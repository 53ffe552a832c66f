package org.mirsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Document;

/**
 * Golden files: {@code golden/<layer>/<case>.txt} analyzed with publication date 2024-03-10 must give
 * the layer in {@code <case>.expected.json}. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files (from the source tree), then review the diff.
 */
class GoldenTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<String[]> cases() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenTest.class.getResource("/golden").toURI());
        List<String[]> out = new ArrayList<>();
        for (String layer : List.of("quantities", "dates")) {
            try (Stream<Path> files = Files.list(root.resolve(layer))) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted()
                        .forEach(p -> out.add(new String[] {layer, p.getFileName().toString().replace(".txt", "")}));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("cases")
    void matchesExpected(String layer, String name) throws Exception {
        Path dir = Path.of(GoldenTest.class.getResource("/golden/" + layer).toURI());
        String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
        Document doc = Analyzed.of(text, PUBLISHED);
        JsonNode actual = DocumentJson.toJson(doc, false).get(layer);
        String rendered = PRETTY.writeValueAsString(actual) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Path src = Path.of("src/test/resources/golden", layer, name + ".expected.json");
            Files.writeString(src, rendered, StandardCharsets.UTF_8);
            return;
        }
        Path expected = dir.resolve(name + ".expected.json");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), rendered, layer + "/" + name);
    }
}
