package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
        try (ProjectDatabase p = ProjectDatabase.create(db)) {
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
    void exportLeavesAnotherProgramsDatabaseAndAnEmptyFileUnchanged() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (name TEXT)");
        }
        Path empty = Files.createFile(dir.resolve("empty.db"));
        byte[] before = Files.readAllBytes(other);

        CliRun foreign = CliRun.of("export", "--accepted-only", "--db", other.toString(), "--out", dir.resolve("o").toString());
        CliRun nothing = CliRun.of("export", "--accepted-only", "--db", empty.toString(), "--out", dir.resolve("o").toString());

        assertThat(foreign.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(foreign.err()).contains(other + ": an SQLite database of another program");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(Path.of(other + "-wal")).doesNotExist();
        assertThat(nothing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(nothing.err()).contains(empty + ": is empty (0 bytes), not a SpatialLift project");
        assertThat(Files.size(empty)).isZero();
        assertThat(dir.resolve("o")).doesNotExist();
    }

    /** The probe's case: a project naming /etc/shadow; here a stand-in text file the project recorded. */
    @Test
    void imagefolderExportRefusesAFileThatIsNotAnImageAndWritesNothing() throws Exception {
        Path shadow = Files.writeString(dir.resolve("shadow"), "root:$6$secret:19000:0:99999:7:::\n");
        Path db = dir.resolve("project.db");
        try (ProjectDatabase p = ProjectDatabase.create(db)) {
            p.decide(pairs().get(0), shadow, ReviewStatus.ACCEPTED, null, null, "ann");
        }
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("export", "--accepted-only", "--db", db.toString(), "--out", out.toString(),
                "--format", "imagefolder");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(shadow + ": is not an image SpatialLift reads")
                .contains("not copied into the imagefolder").doesNotContain("root:");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportReadsAReadOnlyProjectWithoutChangingIt() throws Exception {
        Path db = dir.resolve("project.db");
        try (ProjectDatabase p = ProjectDatabase.create(db)) {
            p.decide(pairs().get(0), null, ReviewStatus.ACCEPTED, null, null, "ann");
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(db);

        CliRun run = CliRun.of("export", "--accepted-only", "--db", db.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(QaDataset.readAll(dir.resolve("out"), ExportFormat.LLAVA)).hasSize(1);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Path.of(db + "-wal")).doesNotExist();
        assertThat(Path.of(db + "-shm")).doesNotExist();
    }

    private static List<QaPair> pairs() {
        QaScene scene = QaScene.ofObjects("room.png", QaTestScenes.randomObjects(new SplittableRandom(3), 5), true, 1.4,
                SceneSource.LABELS);
        return QaGenerator.standard(QaSettings.defaults()).generate(scene, 2).pairs();
    }

    @Test
    void exportWithoutAcceptedOnlyIsAUsageError() {
        CliRun run = CliRun.of("export", "--db", "x.db", "--out", "o");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--accepted-only");
    }
}
