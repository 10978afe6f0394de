package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.project.ProjectDatabase;
import org.spatiallift.engine.project.ReviewStatus;

/**
 * File › Open project… and File › New project… go through the engine's open and create: a file that is not a
 * SpatialLift project is refused with a notification and left unchanged, a new project is never made over an
 * existing file, a read-only project opens for reading, and the remembered project is made on the first decision
 * where no file exists yet (issue #9).
 */
class ProjectOpeningTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private QaViewModel qa;

    @BeforeEach
    void openSample() {
        viewModel = new MainViewModel(new SameThreadExecutor());
        qa = viewModel.qa();
    }

    @Test
    void openProjectRefusesAnotherProgramsDatabaseAndLeavesItsBytes() throws Exception {
        Path other = dir.resolve("addresses.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person (name TEXT)");
        }
        byte[] before = Files.readAllBytes(other);
        Path shown = qa.projectFileProperty().get();

        qa.openProject(other);

        Notification n = last();
        assertThat(n.title()).isEqualTo("Could not open the project");
        assertThat(n.message()).startsWith(other + ": an SQLite database of another program")
                .contains("File › Open project…").contains("File › New project…");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(Path.of(other + "-wal")).doesNotExist();
        assertThat(qa.projectFileProperty().get()).isEqualTo(shown);
    }

    @Test
    void newProjectIsNeverMadeOverAnExistingFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));

        qa.newProject(empty);

        Notification n = last();
        assertThat(n.title()).isEqualTo("Could not make the new project");
        assertThat(n.message()).startsWith(empty + ": already exists").contains("Choose a new file name");
        assertThat(Files.size(empty)).isZero();

        qa.openProject(empty);
        assertThat(last().message()).startsWith(empty + ": is empty (0 bytes), not a SpatialLift project");
        assertThat(Files.size(empty)).isZero();
    }

    @Test
    void readOnlyProjectOpensForReadingAndADecisionSaysWhyItCannotBeStored() throws Exception {
        Path file = dir.resolve("shared.db");
        ProjectDatabase.create(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);

        qa.openProject(file);
        assertThat(last().title()).isEqualTo("Opened the project read-only");
        assertThat(last().message()).contains("the file is read-only").contains("copy it to a folder you can write to");
        viewModel.openSample();
        qa.select(qa.rows().get(0).id());
        qa.accept();

        assertThat(last().title()).startsWith("Could not store the decision on QA");
        assertThat(last().message()).startsWith(file + ": is open read-only (the file is read-only)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        qa.close();
        assertThat(Path.of(file + "-wal")).doesNotExist();
    }

    @Test
    void firstDecisionMakesTheRememberedProjectWhereNoFileIsYetButNeverOverAForeignFile() throws Exception {
        Path fresh = dir.resolve("new folder/project.spatiallift.db");
        viewModel.preferences().setProjectFile(fresh);
        viewModel.openSample();
        QaRow row = qa.rows().get(0);
        qa.select(row.id());
        qa.accept();
        qa.close();

        try (ProjectDatabase db = ProjectDatabase.open(fresh)) {
            assertThat(db.review(row.id())).get().extracting(r -> r.status()).isEqualTo(ReviewStatus.ACCEPTED);
        }

        Path notes = Files.writeString(dir.resolve("notes.db"), "my notes");
        MainViewModel again = new MainViewModel(new SameThreadExecutor());
        again.preferences().setProjectFile(notes);
        again.openSample();
        again.qa().select(again.qa().rows().get(0).id());
        again.qa().accept();
        var items = again.notifications().items();
        assertThat(items.get(items.size() - 1).message()).startsWith(notes + ": not an SQLite database");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
        again.qa().close();
    }

    private Notification last() {
        var items = viewModel.notifications().items();
        return items.get(items.size() - 1);
    }
}
