package org.mirsad.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The cleaner against the hand-made truth of the bundled samples ({@code samples/truth/*.json}):
 * body paragraphs, debris, title and credit fields. The outlet convention of two truth files keeps
 * the type word ("صحيفة ...") that the cleaner drops, hence the outlet bound.
 */
class SampleCleaningGoldenTest {

    @Test
    void samplesAreCleanedLikeTheirTruth() throws IOException {
        Path dir = SampleTruthScore.samplesDir();
        assertTrue(Files.isDirectory(dir.resolve("truth")), "samples/truth not found from " + Path.of("").toAbsolutePath());
        SampleTruthScore s = SampleTruthScore.run(dir, new TextArticleCleaner());
        String report = s.report();
        assertTrue(s.samples >= 12, report);
        assertEquals(s.samples, s.titleOk, report);
        assertTrue(s.matchedParagraphs >= 0.98 * s.truthParagraphs, report);
        assertTrue(s.matchedParagraphs >= 0.98 * s.predictedParagraphs, report);
        assertEquals(0, s.debrisInBody, report);
        assertTrue(s.bylineOk >= s.samples - 1, report);
        assertTrue(s.datelineOk >= s.samples - 1, report);
        assertTrue(s.outletOk >= s.samples - 2, report);
        assertEquals(s.samples, s.publishedOk, report);
    }
}
