package org.spatiallift.engine.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.SpatialLiftVersion;
import org.spatiallift.engine.qa.export.QaJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A SpatialLift project: one SQLite file (docs/decisions/0010) holding the images, the QA generated for them and the
 * review decisions. Opened in WAL mode with foreign keys on; created when the file is new or empty, upgraded by
 * {@link Migrations} when older, refused when it is not a project or newer than this build. One connection, used
 * by one thread at a time (methods are synchronized).
 */
public final class ProjectDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final int openedAtVersion;

    private ProjectDatabase(Path file, Connection connection, int openedAtVersion) {
        this.file = file;
        this.connection = connection;
        this.openedAtVersion = openedAtVersion;
    }

    /** Opens (creating or upgrading) the project in {@code file}. */
    public static ProjectDatabase open(Path file) throws ProjectException {
        return open(file, Migrations.all());
    }

    /** Opens with these migration steps (tests bring a database to an older version this way). */
    static ProjectDatabase open(Path file, List<Migration> steps) throws ProjectException {
        Path f = file.toAbsolutePath().normalize();
        ProjectSchema.checkHeader(f);
        try {
            if (f.getParent() != null) {
                Files.createDirectories(f.getParent());
            }
        } catch (IOException e) {
            throw new ProjectException(f, "its folder cannot be created (" + e.getMessage() + ")",
                    "Choose a folder you can write to", e);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + f);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA foreign_keys = ON");
            }
            String mode = ProjectSchema.pragmaText(c, "journal_mode = WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new ProjectException(f, "SQLite would not switch to write-ahead logging (journal mode " + mode
                        + ")", "Put the project on a local disk; network folders often do not support WAL");
            }
            int was = ProjectSchema.migrate(c, f, steps);
            if (was == 0) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT OR IGNORE INTO project_info(key, value) VALUES (?, ?), (?, ?)")) {
                    p.setString(1, "created_by");
                    p.setString(2, "SpatialLift " + SpatialLiftVersion.get());
                    p.setString(3, "created_at");
                    p.setString(4, Instant.now().toString());
                    p.executeUpdate();
                }
            }
            return new ProjectDatabase(f, c, was);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ProjectException(f, "cannot be opened as a project database (SQLite: " + e.getMessage() + ")",
                    "Check that the file is a SpatialLift project and that you may write to its folder", e);
        } catch (ProjectException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version the file had when opened (0 when it was created now). */
    public int openedAtVersion() {
        return openedAtVersion;
    }

    public synchronized int schemaVersion() throws ProjectException {
        return query(() -> ProjectSchema.pragmaInt(connection, "user_version"));
    }

    /** "wal" for every open project. */
    public synchronized String journalMode() throws ProjectException {
        return query(() -> ProjectSchema.pragmaText(connection, "journal_mode"));
    }

    /** Records the image and its QA; QA already recorded (same id) are kept as they were. */
    public synchronized void recordQa(String imageKey, Path imageFile, List<QaPair> pairs) throws ProjectException {
        update(() -> {
            connection.setAutoCommit(false);
            try {
                long imageId = imageId(imageKey, imageFile);
                for (QaPair p : pairs) {
                    insertQa(imageId, p);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /**
     * Stores a decision on {@code qa} (recording the QA and its image first when new), replacing an earlier one.
     * Blank edits mean "unchanged".
     */
    public synchronized Review decide(QaPair qa, Path imageFile, ReviewStatus status, String editedQuestion,
                                      String editedAnswer, String reviewer) throws ProjectException {
        Review r = new Review(qa.id(), status, editedQuestion, editedAnswer, reviewer, Instant.now());
        recordQa(qa.provenance().image(), imageFile, List.of(qa));
        update(() -> {
            try (PreparedStatement p = connection.prepareStatement("""
                    INSERT INTO review(qa_id, status, edited_question, edited_answer, reviewer, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(qa_id) DO UPDATE SET status = excluded.status,
                        edited_question = excluded.edited_question, edited_answer = excluded.edited_answer,
                        reviewer = excluded.reviewer, decided_at = excluded.decided_at""")) {
                p.setString(1, r.qaId());
                p.setString(2, r.status().key());
                p.setString(3, r.editedQuestion());
                p.setString(4, r.editedAnswer());
                p.setString(5, r.reviewer());
                p.setString(6, r.decidedAt().toString());
                p.executeUpdate();
            }
        });
        return r;
    }

    /** The decision on one QA, if any. */
    public synchronized Optional<Review> review(String qaId) throws ProjectException {
        return query(() -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT * FROM review WHERE qa_id = ?")) {
                p.setString(1, qaId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(review(r)) : Optional.empty();
                }
            }
        });
    }

    /** Decisions on the QA of one image, by QA id. */
    public synchronized Map<String, Review> reviews(String imageKey) throws ProjectException {
        return query(() -> {
            Map<String, Review> out = new LinkedHashMap<>();
            try (PreparedStatement p = connection.prepareStatement("""
                    SELECT review.* FROM review JOIN qa USING (qa_id) JOIN image ON image.id = qa.image_id
                    WHERE image.image_key = ? ORDER BY qa.rowid""")) {
                p.setString(1, imageKey);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Review v = review(r);
                        out.put(v.qaId(), v);
                    }
                }
            }
            return out;
        });
    }

    /** How many QA have this status (pending counts recorded QA without a decision). */
    public synchronized int count(ReviewStatus status) throws ProjectException {
        return query(() -> {
            String sql = status == ReviewStatus.PENDING
                    ? "SELECT count(*) FROM qa LEFT JOIN review USING (qa_id) WHERE coalesce(status, 'pending') = ?"
                    : "SELECT count(*) FROM review WHERE status = ?";
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                p.setString(1, status.key());
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        });
    }

    /** The accepted QA with their edits applied, by image (in the order images were added), QA in generation order. */
    public synchronized List<AcceptedImage> accepted() throws ProjectException {
        return query(() -> {
            Map<String, List<QaPair>> byImage = new LinkedHashMap<>();
            Map<String, Path> files = new LinkedHashMap<>();
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT image.image_key, image.image_path, qa.qa_json, qa.provenance_json, review.edited_question,
                           review.edited_answer
                    FROM review JOIN qa USING (qa_id) JOIN image ON image.id = qa.image_id
                    WHERE review.status = 'accepted' ORDER BY image.id, qa.rowid""")) {
                while (r.next()) {
                    String key = r.getString(1);
                    String path = r.getString(2);
                    files.put(key, path == null ? null : Path.of(path));
                    QaPair stored = StoredQa.read(r.getString(3), r.getString(4));
                    byImage.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(StoredQa.withEdits(stored, r.getString(5), r.getString(6)));
                }
            }
            List<AcceptedImage> out = new ArrayList<>();
            byImage.forEach((key, pairs) -> out.add(new AcceptedImage(key, files.get(key), pairs)));
            return out;
        });
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private long imageId(String key, Path imageFile) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT INTO image(image_key, image_path, added_at) VALUES (?, ?, ?)
                ON CONFLICT(image_key) DO UPDATE SET image_path = coalesce(excluded.image_path, image.image_path)""")) {
            p.setString(1, key);
            if (imageFile == null) {
                p.setNull(2, Types.VARCHAR);
            } else {
                p.setString(2, imageFile.toAbsolutePath().normalize().toString());
            }
            p.setString(3, Instant.now().toString());
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM image WHERE image_key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void insertQa(long imageId, QaPair q) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT OR IGNORE INTO qa(qa_id, image_id, category, kind, question, answer, value, unit, objects_json,
                                         seed, provenance_json, qa_json, generated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            p.setString(1, q.id());
            p.setLong(2, imageId);
            p.setString(3, q.category());
            p.setString(4, q.kind().key());
            p.setString(5, q.question());
            p.setString(6, q.answer());
            if (q.value() == null) {
                p.setNull(7, Types.REAL);
            } else {
                p.setDouble(7, q.value());
            }
            p.setString(8, q.unit());
            ArrayNode objects = QaJson.MAPPER.createArrayNode();
            q.objects().forEach(o -> objects.add(QaJson.object(o)));
            p.setString(9, json(objects));
            p.setLong(10, q.provenance().seed());
            p.setString(11, json(QaJson.provenance(q.provenance())));
            p.setString(12, json(QaJson.pair(q)));
            p.setString(13, Instant.now().toString());
            p.executeUpdate();
        }
    }

    private static Review review(ResultSet r) throws SQLException {
        return new Review(r.getString("qa_id"), ReviewStatus.fromKey(r.getString("status")),
                r.getString("edited_question"), r.getString("edited_answer"), r.getString("reviewer"),
                Instant.parse(r.getString("decided_at")));
    }

    private static String json(Object node) {
        try {
            return QaJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("QA could not be written as JSON", e);
        }
    }

    @FunctionalInterface
    private interface SqlQuery<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlUpdate {
        void run() throws SQLException;
    }

    private <T> T query(SqlQuery<T> q) throws ProjectException {
        try {
            return q.run();
        } catch (SQLException | IllegalArgumentException e) {
            throw new ProjectException(file, "could not be read (" + e.getMessage() + ")",
                    "Check that no other program is changing it; reopen it with File › Open project…", e);
        }
    }

    private void update(SqlUpdate u) throws ProjectException {
        try {
            u.run();
        } catch (SQLException e) {
            throw new ProjectException(file, "could not be written (SQLite: " + e.getMessage() + ")",
                    "Check that the disk has space and the file is writable, then try again", e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure; the failure is what gets reported
            }
        }
    }
}
