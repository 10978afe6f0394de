package org.spatiallift.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.qa.QaPair;

/**
 * Opening never writes to a file that is not a SpatialLift project, and a project on a read-only file or folder is
 * read without changing it or leaving {@code -wal}/{@code -shm} files (issue #9).
 */
class ProjectFileSafetyTest {

    @TempDir
    Path dir;

    @Test
    void openRefusesAnotherProgramsDatabaseWithoutChangingOneByte() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (name TEXT)");
            s.execute("INSERT INTO customers VALUES ('Ada')");
        }
        String before = sha256(file);

        assertThatThrownBy(() -> ProjectDatabase.open(file))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining(file + ": an SQLite database of another program");

        assertThat(sha256(file)).isEqualTo(before);
        assertThat(sidecars(file)).isEmpty();
    }

    @Test
    void openRefusesAnEmptyFileAndLeavesItEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));

        assertThatThrownBy(() -> ProjectDatabase.open(file))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining(file + ": is empty (0 bytes), not a SpatialLift project")
                .hasMessageContaining("New project");

        assertThat(Files.size(file)).isZero();
        assertThat(sidecars(file)).isEmpty();
    }

    @Test
    void openOfAMissingFileCreatesNothing() {
        Path file = dir.resolve("sub/missing.db");

        assertThatThrownBy(() -> ProjectDatabase.open(file))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining(file + ": no such project file")
                .hasMessageContaining("New project");

        assertThat(dir.resolve("sub")).doesNotExist();
    }

    @Test
    void readOnlyFileOpensReadOnlyForReadingAndRefusesDecisionsWithoutWritingAnything() throws Exception {
        Path file = dir.resolve("p.db");
        List<QaPair> pairs = ProjectDatabaseTest.qa("room.png", 1);
        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            db.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, null, null, "ann");
        }
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        String before = sha256(file);

        // The decision comes from the file's permission bits, not from a write failing: this holds as root too
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertThat(db.readOnly()).isTrue();
            assertThat(db.readOnlyReason()).contains("the file is read-only");
            assertThat(db.accepted()).hasSize(1);
            assertThatThrownBy(() -> db.decide(pairs.get(1), null, ReviewStatus.ACCEPTED, null, null, "ann"))
                    .isInstanceOf(ProjectException.class)
                    .hasMessageContaining(file + ": is open read-only (the file is read-only)")
                    .hasMessageContaining("Copy the project");
        }

        assertThat(sha256(file)).isEqualTo(before);
        assertThat(sidecars(file)).isEmpty();
    }

    @Test
    void projectInAReadOnlyFolderOpensReadOnlyWithoutLeavingWalFiles() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cd rom #1"));
        Path file = folder.resolve("p.db");
        List<QaPair> pairs = ProjectDatabaseTest.qa("room.png", 1);
        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            db.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, null, "Edited.", "ann");
        }
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        String before = sha256(file);
        try {
            try (ProjectDatabase db = ProjectDatabase.open(file)) {
                assertThat(db.readOnly()).isTrue();
                assertThat(db.readOnlyReason()).contains("its folder is read-only");
                assertThat(db.review(pairs.get(0).id())).get().extracting(Review::editedAnswer).isEqualTo("Edited.");
            }
            assertThat(sha256(file)).isEqualTo(before);
            try (var list = Files.list(folder)) {
                assertThat(list.map(p -> p.getFileName().toString())).containsExactly("p.db");
            }
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** The explicit read-only open (used by export): no change, no side files, and it sees a writer's last commit. */
    @Test
    void openReadOnlyReadsTheLatestCommitWithoutChangingTheFile() throws Exception {
        Path file = dir.resolve("p.db");
        List<QaPair> pairs = ProjectDatabaseTest.qa("room.png", 1);
        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            db.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, null, null, "ann");
        }
        String before = sha256(file);
        try (ProjectDatabase ro = ProjectDatabase.openReadOnly(file)) {
            assertThat(ro.readOnly()).isTrue();
            assertThat(ro.accepted()).hasSize(1);
        }
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(sidecars(file)).isEmpty();

        try (ProjectDatabase writer = ProjectDatabase.open(file)) {
            assertThat(writer.readOnly()).isFalse();
            writer.decide(pairs.get(1), null, ReviewStatus.ACCEPTED, null, null, "ann");
            try (ProjectDatabase ro = ProjectDatabase.openReadOnly(file)) {
                assertThat(ro.count(ReviewStatus.ACCEPTED)).isEqualTo(2);
            }
        }
    }

    @Test
    void createRefusesAnyExistingFileAndLeavesItAlone() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path text = Files.writeString(dir.resolve("notes.db"), "my notes");
        Path project = dir.resolve("p.db");
        ProjectDatabase.create(project).close();
        String projectBefore = sha256(project);

        for (Path f : List.of(empty, text, project)) {
            String before = sha256(f);
            assertThatThrownBy(() -> ProjectDatabase.create(f))
                    .isInstanceOf(ProjectException.class)
                    .hasMessageContaining(f + ": already exists")
                    .hasMessageContaining("Open project");
            assertThat(sha256(f)).isEqualTo(before);
        }
        assertThat(sha256(project)).isEqualTo(projectBefore);
        assertThat(Files.size(empty)).isZero();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<Path> sidecars(Path file) {
        return List.of(Path.of(file + "-wal"), Path.of(file + "-shm"), Path.of(file + "-journal")).stream()
                .filter(Files::exists).toList();
    }
}
