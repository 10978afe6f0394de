package org.spatiallift.engine.project;

import java.io.IOException;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.QaJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A SpatialLift project: one SQLite file (docs/decisions/0010) holding the images, the QA generated for them, the
 * review decisions and the spatial-VQA chats. {@link #create} makes a new project; {@link #open} opens an existing one
 * (upgraded by {@link Migrations} when older) after checking, without writing, that it is a SpatialLift project; a
 * project that is read-only (its file, folder or disk) is opened read-only. Each decision is one transaction. One connection,
 * used by one thread at a time (methods are synchronized).
 */
public final class ProjectDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectDatabase.class);

    private final Path file;
    private final Connection connection;
    private final int openedAtVersion;
    private final String readOnlyReason;

    ProjectDatabase(Path file, Connection connection, int openedAtVersion, String readOnlyReason) {
        this.file = file;
        this.connection = connection;
        this.openedAtVersion = openedAtVersion;
        this.readOnlyReason = readOnlyReason;
    }

    /**
     * Makes a new project at {@code file}, which must not exist (File › New project…, and the app's default project
     * on its first decision). An existing file, even an empty one, is refused and left as it is.
     */
    public static ProjectDatabase create(Path file) throws ProjectException {
        return ProjectFiles.create(file, Migrations.all());
    }

    /**
     * Opens the existing project in {@code file}: refuses, without writing to it, a missing or empty file, a file
     * that is not SQLite, another program's database and a newer schema; opens it read-only when its file, folder
     * or disk is read-only ({@link #readOnlyReason()}), else read-write in WAL mode, upgrading an older schema.
     */
    public static ProjectDatabase open(Path file) throws ProjectException {
        return ProjectFiles.open(file, Migrations.all(), null);
    }

    /** Opens the existing project read-only whatever its permissions: nothing is written, no side file is made. */
    public static ProjectDatabase openReadOnly(Path file) throws ProjectException {
        return ProjectFiles.open(file, Migrations.all(), "read-only was asked for");
    }

    /** Opens with these migration steps (tests bring a database to an older version this way). */
    static ProjectDatabase open(Path file, List<Migration> steps) throws ProjectException {
        return ProjectFiles.open(file, steps, null);
    }

    /** Creates with these migration steps (tests). */
    static ProjectDatabase create(Path file, List<Migration> steps) throws ProjectException {
        return ProjectFiles.create(file, steps);
    }

    public Path file() {
        return file;
    }

    /** True when the project was opened read-only: it can be read and exported, decisions are refused. */
    public boolean readOnly() {
        return readOnlyReason != null;
    }

    /** Why the project is read-only ("the file is read-only"), or null when it is writable. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** The schema version the file had when opened (0 when it was created now). */
    public int openedAtVersion() {
        return openedAtVersion;
    }

    public synchronized int schemaVersion() throws ProjectException {
        return query(() -> ProjectSchema.pragmaInt(connection, "user_version"));
    }

    /** "wal" for every project opened for writing. */
    public synchronized String journalMode() throws ProjectException {
        return query(() -> ProjectSchema.pragmaText(connection, "journal_mode"));
    }

    /** Records the image and its QA in one transaction; QA already recorded (same id) are kept as they were. */
    public synchronized void recordQa(String imageKey, Path imageFile, List<QaPair> pairs) throws ProjectException {
        ImageFingerprint fingerprint = fingerprint(imageFile);
        write("saving the QA of " + imageKey, () -> {
            long imageId = imageId(imageKey, imageFile, fingerprint);
            for (QaPair p : pairs) {
                insertQa(imageId, p);
            }
        });
    }

    /**
     * Stores a decision on {@code qa} (recording the QA, its image and the image file's size and SHA-256 first when
     * new), replacing an earlier one, in one transaction: on failure nothing of it is stored and the message names
     * the cause. Blank edits mean "unchanged".
     */
    public synchronized Review decide(QaPair qa, Path imageFile, ReviewStatus status, String editedQuestion,
                                      String editedAnswer, String reviewer) throws ProjectException {
        Review r = new Review(qa.id(), status, editedQuestion, editedAnswer, reviewer, Instant.now());
        ImageFingerprint fingerprint = fingerprint(imageFile);
        write("saving the decision", () -> {
            insertQa(imageId(qa.provenance().image(), imageFile, fingerprint), qa);
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

    /**
     * Stores one question and its answer in the chat about {@code imageKey} and the scene {@code sceneJson} (the
     * scene the question was asked about, as JSON), starting that chat on its first question; one transaction.
     */
    public synchronized ChatTurn recordChatTurn(String imageKey, Path imageFile, String sceneJson, String question,
                                                String answer, String answerJson) throws ProjectException {
        ImageFingerprint fingerprint = fingerprint(imageFile);
        ChatTurn[] out = new ChatTurn[1];
        write("saving the chat", () -> {
            long chat = ProjectChats.chatId(connection, imageId(imageKey, imageFile, fingerprint), sceneJson);
            out[0] = ProjectChats.insertTurn(connection, chat, question, answer, answerJson);
        });
        return out[0];
    }

    /** The chats about one image (one per lifted scene), oldest first. */
    public synchronized List<StoredChat> chats(String imageKey) throws ProjectException {
        return query(() -> ProjectChats.chats(connection, imageKey));
    }

    /** The questions and answers of one chat, in the order asked. */
    public synchronized List<ChatTurn> chatTurns(long chatId) throws ProjectException {
        return query(() -> ProjectChats.turns(connection, chatId));
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
            Map<String, ImageFingerprint> recorded = new LinkedHashMap<>();
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT image.image_key, image.image_path, qa.qa_json, qa.provenance_json, review.edited_question,
                           review.edited_answer, image.file_bytes, image.file_sha256
                    FROM review JOIN qa USING (qa_id) JOIN image ON image.id = qa.image_id
                    WHERE review.status = 'accepted' ORDER BY image.id, qa.rowid""")) {
                while (r.next()) {
                    String key = r.getString(1);
                    String path = r.getString(2);
                    files.put(key, path == null ? null : Path.of(path));
                    long bytes = r.getLong(7);
                    String sha = r.wasNull() ? null : r.getString(8);
                    recorded.put(key, sha == null ? null : new ImageFingerprint(bytes, sha));
                    QaPair stored = StoredQa.read(r.getString(3), r.getString(4));
                    byImage.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(StoredQa.withEdits(stored, r.getString(5), r.getString(6)));
                }
            }
            List<AcceptedImage> out = new ArrayList<>();
            byImage.forEach((key, pairs) -> out.add(new AcceptedImage(key, files.get(key), recorded.get(key), pairs)));
            return out;
        });
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    /** The image's row, inserted when new; a given file replaces the recorded path and fingerprint. */
    private long imageId(String key, Path imageFile, ImageFingerprint fingerprint) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT INTO image(image_key, image_path, added_at, file_bytes, file_sha256) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(image_key) DO UPDATE SET
                    file_bytes = CASE WHEN excluded.image_path IS NULL THEN image.file_bytes
                                      ELSE excluded.file_bytes END,
                    file_sha256 = CASE WHEN excluded.image_path IS NULL THEN image.file_sha256
                                       ELSE excluded.file_sha256 END,
                    image_path = coalesce(excluded.image_path, image.image_path)""")) {
            p.setString(1, key);
            if (imageFile == null) {
                p.setNull(2, Types.VARCHAR);
            } else {
                p.setString(2, imageFile.toAbsolutePath().normalize().toString());
            }
            p.setString(3, Instant.now().toString());
            if (fingerprint == null) {
                p.setNull(4, Types.INTEGER);
                p.setNull(5, Types.VARCHAR);
            } else {
                p.setLong(4, fingerprint.bytes());
                p.setString(5, fingerprint.sha256());
            }
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

    /** The size and SHA-256 of the image a decision is made on, or null (no file, or it cannot be read). */
    private static ImageFingerprint fingerprint(Path imageFile) {
        if (imageFile == null) {
            return null;
        }
        try {
            return ImageFingerprint.of(imageFile);
        } catch (IOException e) {
            LOG.warn("{}: not recorded (size and SHA-256), so an imagefolder export will not copy it: {}", imageFile,
                    e.getMessage());
            return null;
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

    /**
     * Runs {@code u} as one transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any failure), so a failure leaves
     * nothing of it behind and the next write starts clean; the message names the real cause.
     *
     * @param doing what is written, for the message ("saving the decision")
     */
    private void write(String doing, SqlUpdate u) throws ProjectException {
        if (readOnlyReason != null) {
            throw new ProjectException(file, "is open read-only (" + readOnlyReason + "), so " + doing
                    + " is not possible", "Copy the project to a folder you can write to and open the copy with "
                    + "File › Open project…");
        }
        try {
            execute("BEGIN IMMEDIATE");
            u.run();
            execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof SQLException s) {
                throw ProjectFailures.writing(file, doing, s);
            }
            throw (RuntimeException) e;
        }
    }

    /** Ends a failed transaction; SQLite may have rolled it back already (SQLITE_FULL can), which is fine. */
    private void rollback(Exception cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static void closeQuietly(Connection c) {
        ProjectFiles.closeQuietly(c);
    }
}
