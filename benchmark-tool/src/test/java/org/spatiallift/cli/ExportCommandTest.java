package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.project.ProjectDatabase;
import org.spatiallift.engine.project.ReviewStatus;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.QaTestScenes;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.ImageQa;
import org.spatiallift.engine.qa.export.QaDataset;

class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportAcceptedOnlyWritesTheAcceptedQaWithEdits() throws Exception {
        Path db = dir.resolve("project.db");
        QaScene scene = QaScene.ofObjects("room.png", QaTestScenes.randomObjects(new SplittableRandom(3), 5), true, 1.4,
                SceneSource.LABELS);
        List<QaPair> pairs = QaGenerator.standard(QaSettings.defaults()).generate(scene, 2).pairs();
        try (ProjectDatabase p = ProjectDatabase.open(db)) {
            p.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, null, "Edited.", "ann");
            p.decide(pairs.get(1), null, ReviewStatus.REJECTED, null, null, "ann");
        }
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("export", "--accepted-only", "--db", db.toString(), "--out", out.toString(),
                "--format", "messages");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 accepted QA of 1 images in 1 lines (messages)");
        List<ImageQa> lines = QaDataset.readAll(out, ExportFormat.MESSAGES);
        assertThat(lines.get(0).pairs()).extracting(QaPair::answer).containsExactly("Edited.");
    }

    @Test
    void exportRefusesAFileThatIsNotAProjectWithExitOne() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "hello");

        CliRun run = CliRun.of("export", "--accepted-only", "--db", notes.toString(), "--out", dir.resolve("o").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(notes + ": not an SQLite database");
    }

    @Test
    void exportWithoutAcceptedOnlyIsAUsageError() {
        CliRun run = CliRun.of("export", "--db", "x.db", "--out", "o");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--accepted-only");
    }
}
