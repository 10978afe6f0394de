package org.spatiallift.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.QaTestScenes;
import org.spatiallift.engine.qa.SceneSource;

class ProjectDatabaseTest {

    @TempDir
    Path dir;

    static List<QaPair> qa(String key, long seed) {
        QaScene scene = QaScene.ofObjects(key, QaTestScenes.randomObjects(new SplittableRandom(7), 5), true, 1.4,
                SceneSource.SYNTHETIC);
        return QaGenerator.standard(QaSettings.defaults().withPerImage(8)).generate(scene, seed).pairs();
    }

    @Test
    void openCreatesFreshProjectAtLatestVersionInWalWithForeignKeys() throws Exception {
        Path file = dir.resolve("sub/project.db");

        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            assertThat(db.openedAtVersion()).isZero();
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(db.journalMode()).isEqualTo("wal");
            assertThat(db.count(ReviewStatus.ACCEPTED)).isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(scalar(s, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(scalar(s, "PRAGMA application_id")).isEqualTo(String.valueOf(ProjectSchema.APPLICATION_ID));
            assertThat(scalar(s, "SELECT value FROM project_info WHERE key = 'created_by'")).startsWith("SpatialLift ");
        }
    }

    @Test
    void foreignKeysRefuseAReviewOfAnUnknownQa() throws Exception {
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            var connection = ProjectDatabase.class.getDeclaredField("connection");
            connection.setAccessible(true);
            Connection c = (Connection) connection.get(db);
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("INSERT INTO review VALUES ('nope', 'accepted', NULL, NULL, 'me', 'now')"))
                        .hasMessageContaining("FOREIGN KEY");
            }
        }
    }

    @Test
    void decisionsAndEditsPersistAcrossReopen() throws Exception {
        Path file = dir.resolve("project.db");
        List<QaPair> pairs = qa("kitchen.png", 1);
        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            db.recordQa("kitchen.png", null, pairs);
            db.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, null, null, "ann");
            db.decide(pairs.get(1), null, ReviewStatus.REJECTED, null, null, "ann");
            db.decide(pairs.get(2), null, ReviewStatus.ACCEPTED, "  Edited question?  ", "Edited answer.", "bob");
        }

        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertThat(db.openedAtVersion()).isEqualTo(Migrations.latest());
            assertThat(db.review(pairs.get(0).id())).get().extracting(Review::status).isEqualTo(ReviewStatus.ACCEPTED);
            assertThat(db.review(pairs.get(1).id())).get().extracting(Review::status).isEqualTo(ReviewStatus.REJECTED);
            Review edited = db.review(pairs.get(2).id()).orElseThrow();
            assertThat(edited.editedQuestion()).isEqualTo("Edited question?");
            assertThat(edited.editedAnswer()).isEqualTo("Edited answer.");
            assertThat(edited.reviewer()).isEqualTo("bob");
            assertThat(db.review(pairs.get(3).id())).isEmpty();
            assertThat(db.reviews("kitchen.png")).hasSize(3);
            assertThat(db.count(ReviewStatus.ACCEPTED)).isEqualTo(2);
            assertThat(db.count(ReviewStatus.PENDING)).isEqualTo(pairs.size() - 3);

            List<QaPair> accepted = db.accepted().get(0).pairs();
            assertThat(accepted).extracting(QaPair::id).containsExactly(pairs.get(0).id(), pairs.get(2).id());
            assertThat(accepted.get(0)).isEqualTo(pairs.get(0));
            assertThat(accepted.get(1).question()).isEqualTo("Edited question?");
            assertThat(accepted.get(1).answer()).isEqualTo("Edited answer.");
            assertThat(accepted.get(1).value()).isEqualTo(pairs.get(2).value());
        }
    }

    @Test
    void laterDecisionReplacesEarlierOne() throws Exception {
        List<QaPair> pairs = qa("a.png", 1);
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            db.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, "Q?", null, "ann");
            db.decide(pairs.get(0), null, ReviewStatus.REJECTED, null, null, "bob");

            Review r = db.review(pairs.get(0).id()).orElseThrow();
            assertThat(r.status()).isEqualTo(ReviewStatus.REJECTED);
            assertThat(r.editedQuestion()).isNull();
            assertThat(db.accepted()).isEmpty();
        }
    }

    /** Every older schema version, with data in it, is brought to the latest and keeps its data; 0 is a new file. */
    @Test
    void openMigratesEveryOlderVersionKeepingData() throws Exception {
        List<Migration> withNext = new ArrayList<>(Migrations.all());
        int next = Migrations.latest() + 1;
        withNext.add(new Migration(next, "test: a labelling table", List.of(
                "CREATE TABLE label (id INTEGER PRIMARY KEY, image_id INTEGER NOT NULL REFERENCES image(id))")));
        List<QaPair> pairs = qa("room.png", 3);
        for (int from = 0; from < next; from++) {
            Path file = dir.resolve("v" + from + ".db");
            if (from == 0) {
                try (ProjectDatabase db = ProjectDatabase.create(file, withNext)) {
                    assertThat(db.openedAtVersion()).isZero();
                    assertThat(db.schemaVersion()).isEqualTo(next);
                }
                continue;
            }
            try (ProjectDatabase db = ProjectDatabase.create(file, withNext.subList(0, from))) {
                assertThat(db.schemaVersion()).isEqualTo(from);
                if (from == Migrations.latest()) {
                    db.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, null, "Edited.", "ann");
                }
            }
            if (from < Migrations.latest()) {
                // this build's code writes the latest schema: an older one is filled as its build did
                fillVersion1(file, pairs.get(0).id());
            }

            try (ProjectDatabase db = ProjectDatabase.open(file, withNext)) {
                assertThat(db.openedAtVersion()).as("from version %d", from).isEqualTo(from);
                assertThat(db.schemaVersion()).isEqualTo(next);
                assertThat(db.review(pairs.get(0).id())).get().extracting(Review::editedAnswer).isEqualTo("Edited.");
            }
        }
    }

    @Test
    void openRefusesNewerSchemaNamingFileAndVersions() throws Exception {
        Path file = dir.resolve("future.db");
        List<Migration> future = new ArrayList<>(Migrations.all());
        future.add(new Migration(Migrations.latest() + 1, "future", List.of("CREATE TABLE later (x)")));
        ProjectDatabase.create(file, future).close();

        assertThatThrownBy(() -> ProjectDatabase.open(file))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("newer SpatialLift (schema version " + (Migrations.latest() + 1)
                        + ", this build reads up to " + Migrations.latest() + ")")
                .hasMessageContaining("Open it with a newer SpatialLift");
    }

    @Test
    void openRefusesAFileThatIsNotSqlite() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "just some text, not a database", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ProjectDatabase.open(file))
                .isInstanceOf(ProjectException.class)
                .hasMessageStartingWith(file.toString() + ": not an SQLite database")
                .hasMessageContaining("Choose a SpatialLift project file");
        assertThat(Files.readString(file)).isEqualTo("just some text, not a database");
    }

    @Test
    void openRefusesAnotherProgramsSqliteDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (name TEXT)");
        }

        assertThatThrownBy(() -> ProjectDatabase.open(file))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining(file + ": an SQLite database of another program")
                .hasMessageContaining("not a SpatialLift project");
    }

    private static void fillVersion1(Path file, String qaId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO image(id, image_key, image_path, added_at) VALUES (1, 'room.png', NULL, 'then')");
            s.execute("INSERT INTO qa(qa_id, image_id, category, kind, question, answer, objects_json, seed, "
                    + "provenance_json, qa_json, generated_at) VALUES ('" + qaId + "', 1, 'c', 'yes_no', 'Q?', 'Yes.', "
                    + "'[]', 3, '{}', '{}', 'then')");
            s.execute("INSERT INTO review VALUES ('" + qaId + "', 'accepted', NULL, 'Edited.', 'ann', "
                    + "'2026-01-01T00:00:00Z')");
        }
    }

    private static String scalar(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
