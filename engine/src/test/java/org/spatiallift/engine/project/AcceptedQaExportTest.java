package org.spatiallift.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.spatiallift.engine.io.FolderLock;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.ImageQa;
import org.spatiallift.engine.qa.export.QaDataset;

class AcceptedQaExportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportWritesOnlyAcceptedQaWithEditsAndReadsBack(ExportFormat format) throws Exception {
        Path image = png(dir.resolve("kitchen.png"), 0x336699);
        byte[] imageBytes = Files.readAllBytes(image);
        List<QaPair> pairs = ProjectDatabaseTest.qa("kitchen.png", 1);
        Path out = dir.resolve("out");
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            db.recordQa("kitchen.png", image, pairs);
            db.decide(pairs.get(0), image, ReviewStatus.ACCEPTED, null, null, "ann");
            db.decide(pairs.get(1), image, ReviewStatus.REJECTED, null, null, "ann");
            db.decide(pairs.get(2), image, ReviewStatus.ACCEPTED, "Edited question?", "Edited answer.", "ann");

            AcceptedQaExport.Summary summary = AcceptedQaExport.write(db, out, format);

            assertThat(summary).isEqualTo(new AcceptedQaExport.Summary(out.resolve(format.fileName()), 1, 1, 2));
        }
        List<ImageQa> lines = QaDataset.readAll(out, format);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).image()).isEqualTo("kitchen.png");
        List<QaPair> written = lines.get(0).pairs();
        assertThat(written.get(0)).isEqualTo(pairs.get(0));
        assertThat(written.get(1).id()).isEqualTo(pairs.get(2).id());
        assertThat(written.get(1).question()).isEqualTo("Edited question?");
        assertThat(written.get(1).answer()).isEqualTo("Edited answer.");
        assertThat(Files.readString(out.resolve(format.fileName()))).doesNotContain(pairs.get(1).question());
        if (format == ExportFormat.IMAGEFOLDER) {
            assertThat(out.resolve("images/kitchen.png")).hasBinaryContent(imageBytes);
        }
    }

    @Test
    void qaOfTwoSeedsOfOneImageGoIntoOneLinePerSeed() throws Exception {
        List<QaPair> seed1 = ProjectDatabaseTest.qa("room.png", 1);
        List<QaPair> seed2 = ProjectDatabaseTest.qa("room.png", 2).stream()
                .filter(p -> seed1.stream().noneMatch(q -> q.id().equals(p.id()))).toList();
        Path out = dir.resolve("out");
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            db.decide(seed1.get(0), null, ReviewStatus.ACCEPTED, null, null, "ann");
            db.decide(seed2.get(0), null, ReviewStatus.ACCEPTED, null, null, "ann");

            AcceptedQaExport.write(db, out, ExportFormat.LLAVA);
        }
        List<ImageQa> lines = QaDataset.readAll(out, ExportFormat.LLAVA);
        assertThat(lines).extracting(ImageQa::image).containsExactly("room.png#seed=1", "room.png#seed=2");
        assertThat(lines).extracting(ImageQa::imageFile).containsOnly("room.png");
    }

    @Test
    void exportRefusesAnImagefolderWithoutImageFilesAndAnExistingDataset() throws Exception {
        List<QaPair> pairs = ProjectDatabaseTest.qa("sample", 1);
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            db.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, null, null, "ann");

            assertThatThrownBy(() -> AcceptedQaExport.write(db, dir.resolve("a"), ExportFormat.IMAGEFOLDER))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("sample: no image file to copy into the imagefolder (a generated scene)");
            AcceptedQaExport.write(db, dir.resolve("b"), ExportFormat.MESSAGES);
            assertThatThrownBy(() -> AcceptedQaExport.write(db, dir.resolve("b"), ExportFormat.MESSAGES))
                    .hasMessageContaining("already holds a dataset. Choose an empty folder");
        }
    }

    /** A project naming a file that is not an image (here recorded through the API, as a crafted project could). */
    @Test
    void imagefolderRefusesAFileThatIsNotAnImageBeforeWritingAnything() throws Exception {
        Path secret = Files.writeString(dir.resolve("shadow"), "root:$6$secret:19000:0:99999:7:::\n");
        List<QaPair> pairs = ProjectDatabaseTest.qa("kitchen.png", 1);
        Path out = dir.resolve("out");
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            db.decide(pairs.get(0), secret, ReviewStatus.ACCEPTED, null, null, "ann");

            assertThatThrownBy(() -> AcceptedQaExport.write(db, out, ExportFormat.IMAGEFOLDER))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(secret + ": is not an image")
                    .hasMessageContaining("not copied into the imagefolder");
        }
        assertThat(out).doesNotExist();
    }

    /** A row whose path was changed after the image was recorded, and a row without a recorded fingerprint. */
    @Test
    void imagefolderRefusesAnImageTheProjectDidNotRecord() throws Exception {
        Path recorded = png(dir.resolve("kitchen.png"), 0x336699);
        Path other = png(dir.resolve("private.png"), 0x996633);
        List<QaPair> pairs = ProjectDatabaseTest.qa("kitchen.png", 1);
        Path file = dir.resolve("p.db");
        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            db.decide(pairs.get(0), recorded, ReviewStatus.ACCEPTED, null, null, "ann");
        }
        sql(file, "UPDATE image SET image_path = '" + other + "'");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertThatThrownBy(() -> AcceptedQaExport.write(db, dir.resolve("out1"), ExportFormat.IMAGEFOLDER))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(other + ": is not the file the project recorded");
        }
        sql(file, "UPDATE image SET file_sha256 = NULL, file_bytes = NULL");
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertThatThrownBy(() -> AcceptedQaExport.write(db, dir.resolve("out2"), ExportFormat.IMAGEFOLDER))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(other + ": was not recorded by the project");
        }
        assertThat(dir.resolve("out1")).doesNotExist();
        assertThat(dir.resolve("out2")).doesNotExist();
    }

    static Path png(Path file, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, rgb);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void exportWithNothingAcceptedSaysSo() throws Exception {
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            assertThatThrownBy(() -> AcceptedQaExport.write(db, dir.resolve("out"), ExportFormat.LLAVA))
                    .isInstanceOf(ProjectException.class)
                    .hasMessageContaining("has no accepted QA to export. Accept some QA");
        }
    }

    @Test
    void aFailedImagefolderExportLeavesNothingAndCanBeRunAgain() throws Exception {
        Path image = png(dir.resolve("a.png"), 0x336699);
        List<QaPair> first = ProjectDatabaseTest.qa("a.png", 1);
        List<QaPair> second = ProjectDatabaseTest.qa("a.png/b.png", 1);
        Path out = dir.resolve("out");
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            db.recordQa("a.png", image, first);
            db.recordQa("a.png/b.png", image, second);
            db.decide(first.get(0), image, ReviewStatus.ACCEPTED, null, null, "ann");
            db.decide(second.get(0), image, ReviewStatus.ACCEPTED, null, null, "ann");

            // the first image and its line are written, then images/a.png/b.png cannot be (images/a.png is a file)
            assertThatThrownBy(() -> AcceptedQaExport.write(db, out, ExportFormat.IMAGEFOLDER))
                    .isInstanceOf(IOException.class);

            try (var left = Files.list(out)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsOnly(FolderLock.FILE);
            }
            AcceptedQaExport.Summary again = AcceptedQaExport.write(db, out, ExportFormat.LLAVA);
            assertThat(again.lines()).isEqualTo(2);
        }
    }
}
