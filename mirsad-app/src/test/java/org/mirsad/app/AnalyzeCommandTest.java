package org.mirsad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.cli.MirsadCli;
import org.mirsad.core.json.DocumentJson;
import picocli.CommandLine;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    // Written for this test.
    private static final String ARTICLE = "افتتاح مكتبة عامة في الحي القديم\n\n"
            + "افتتحت البلدية صباح اليوم مكتبة عامة جديدة تضم آلاف الكتب. وقال رئيس البلدية إن المكتبة مفتوحة للجميع.\n";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new MirsadCli());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsOneJsonLinePerArticleWithOffsetsIntoText() throws IOException {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, ARTICLE, StandardCharsets.UTF_8);
        Run r = run("analyze", "--published", "2024-05-02", a.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode n = DocumentJson.mapper().readTree(lines[0]);
        assertEquals(a.toString(), n.path("source").asText());
        assertEquals("2024-05-02", n.path("published").asText());
        assertEquals("ar", n.path("language").asText());
        assertEquals("افتتاح مكتبة عامة في الحي القديم", n.path("title").asText());
        assertTrue(n.path("text").asText().startsWith("افتتحت البلدية"));
    }

    @Test
    void aDumpsTitleAndAuthorFieldsAreTheTitleBylineAndDateline() throws IOException {
        Path dump = dir.resolve("dump.json");
        // Written for this test: the story opens with a sentence shaped like a headline and with «لـ».
        Files.writeString(dump, "[{\"source\": \"alufuq\", \"title\": \"مكتبة للجميع!\","
                + " \"author\": \"نوال القحطاني من الدمام\", \"content\": \"هل تصدق أن الحي انتظر مكتبته عشرين عاما؟!\\n"
                + "قال لـ «الأفق» رئيس البلدية إن المكتبة الجديدة مفتوحة للجميع طوال أيام الأسبوع.\"}]", StandardCharsets.UTF_8);
        Run r = run("analyze", dump.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode n = DocumentJson.mapper().readTree(r.out().strip());
        assertEquals("مكتبة للجميع!", n.path("title").asText());
        assertEquals("alufuq", n.path("outlet").asText());
        assertEquals("نوال القحطاني", n.path("byline").asText());
        assertEquals("الدمام", n.path("dateline").asText());
        assertTrue(n.path("text").asText().startsWith("هل تصدق أن الحي"), n.path("text").asText());
        assertTrue(n.path("text").asText().contains("قال لـ «الأفق» رئيس البلدية"), n.path("text").asText());
    }

    @Test
    void aBadInputIsReportedAndTheOthersStillProcessed() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, ARTICLE, StandardCharsets.UTF_8);
        Path binary = dir.resolve("bad.txt");
        Files.write(binary, new byte[] {1, 0, 2, 0, 3});
        Path missing = dir.resolve("missing.txt");
        Run r = run("analyze", binary.toString(), missing.toString(), good.toString());
        assertEquals(MirsadCli.SOME_FAILED, r.exit());
        assertEquals(1, r.out().strip().split("\n").length);
        assertTrue(r.err().contains(binary.toString()) && r.err().contains("binary"), r.err());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("no such file"), r.err());
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/2.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("1.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.json"), "{}", StandardCharsets.UTF_8);
        Run r = run("analyze", dir.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("1.txt") && lines[1].contains("2.txt"));
    }

    @Test
    void aBadDateIsAUsageError() {
        Run r = run("analyze", "--published", "yesterday", "x.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--published"), r.err());
    }
}
