package org.mirsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.extract.ner.internal.WordClusters;

class ClusterTrainerTest {

    @Test
    void writingIntoAFolderThatDoesNotExistYetCreatesIt(@TempDir Path dir) throws IOException {
        ClusterTrainer trainer = new ClusterTrainer(2, 20, 2, 2);
        for (int i = 0; i < 50; i++) {
            trainer.add(List.of("قال", i % 2 == 0 ? "مروان" : "يوسف", "إن", "القافلة", "وصلت"));
        }
        WordClusters clusters = trainer.train();
        Path out = dir.resolve("not/yet/there/clusters.tsv.gz");
        ClusterTrainer.write(clusters, out);
        assertTrue(Files.isRegularFile(out));
        try (InputStream in = Files.newInputStream(out)) {
            assertEquals(clusters.fingerprint(), WordClusters.read(in).fingerprint());
        }
    }
}
