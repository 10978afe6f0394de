package org.spatiallift.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.qa.QaPair;

/**
 * A decision is one transaction: when SQLite reports the database full (SQLITE_FULL, injected here with
 * {@code PRAGMA max_page_count}, which SQLite reports exactly as a full disk), every failed decision names the real
 * cause, stores nothing of itself, and decisions work again once there is room (issue #9: "cannot commit - no
 * transaction is active" after the first failure).
 */
class ProjectDecisionFailureTest {

    @TempDir
    Path dir;

    @Test
    void decisionsOnAFullDatabaseNameTheCauseStoreNothingAndWorkAgainWithSpace() throws Exception {
        Path file = dir.resolve("p.db");
        List<QaPair> first = ProjectDatabaseTest.qa("a.png", 1);
        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            db.decide(first.get(0), null, ReviewStatus.ACCEPTED, null, null, "ann");
            Connection c = connection(db);
            long pages = scalar(c, "PRAGMA page_count");
            scalar(c, "PRAGMA max_page_count = " + pages);

            for (int i = 0; i < 3; i++) {
                List<QaPair> big = ProjectDatabaseTest.qa("image-" + i + ".png", 10 + i);
                String longAnswer = "x".repeat(20_000);
                assertThatThrownBy(() -> db.decide(big.get(0), null, ReviewStatus.ACCEPTED, null, longAnswer, "ann"))
                        .as("decision %d on the full database", i)
                        .isInstanceOf(ProjectException.class)
                        .hasMessageContaining(file + ": the disk is full while saving the decision")
                        .hasMessageContaining("MB free on its disk")
                        .hasMessageContaining("Free some disk space")
                        .hasMessageNotContaining("no transaction is active");
            }
            assertThat(scalar(c, "SELECT count(*) FROM image")).as("no image of a failed decision").isEqualTo(1);
            assertThat(scalar(c, "SELECT count(*) FROM qa")).as("no QA of a failed decision").isEqualTo(1);

            scalar(c, "PRAGMA max_page_count = 1073741823");
            db.decide(first.get(1), null, ReviewStatus.REJECTED, null, "x".repeat(20_000), "ann");
            assertThat(db.review(first.get(1).id())).get().extracting(Review::status).isEqualTo(ReviewStatus.REJECTED);
        }
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            assertThat(db.count(ReviewStatus.ACCEPTED)).isEqualTo(1);
            assertThat(db.count(ReviewStatus.REJECTED)).isEqualTo(1);
        }
    }

    /** The project's own connection: {@code max_page_count} is a per-connection limit. */
    private static Connection connection(ProjectDatabase db) throws Exception {
        var field = ProjectDatabase.class.getDeclaredField("connection");
        field.setAccessible(true);
        return (Connection) field.get(db);
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
