package org.spatiallift.engine.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The SQL of stored chats (schema version 3), run inside {@link ProjectDatabase}'s transactions and reads. */
final class ProjectChats {

    private ProjectChats() {
    }

    /** The chat about {@code imageId} and this scene, started now when there is none. */
    static long chatId(Connection c, long imageId, String sceneJson) throws SQLException {
        String sha = sha256(sceneJson);
        try (PreparedStatement p = c.prepareStatement("""
                INSERT OR IGNORE INTO chat(image_id, scene_sha256, scene_json, started_at) VALUES (?, ?, ?, ?)""")) {
            p.setLong(1, imageId);
            p.setString(2, sha);
            p.setString(3, sceneJson);
            p.setString(4, Instant.now().toString());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM chat WHERE image_id = ? AND scene_sha256 = ?")) {
            p.setLong(1, imageId);
            p.setString(2, sha);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static ChatTurn insertTurn(Connection c, long chatId, String question, String answer, String answerJson)
            throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO chat_turn(chat_id, question, answer, answer_json, asked_at) VALUES (?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, chatId);
            p.setString(2, question);
            p.setString(3, answer);
            p.setString(4, answerJson);
            p.setString(5, now.toString());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return new ChatTurn(keys.getLong(1), chatId, question, answer, answerJson, now);
            }
        }
    }

    /** The chats about one image, oldest first, with their turn counts. */
    static List<StoredChat> chats(Connection c, String imageKey) throws SQLException {
        List<StoredChat> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT chat.id, chat.scene_sha256, chat.scene_json, chat.started_at,
                       (SELECT count(*) FROM chat_turn WHERE chat_turn.chat_id = chat.id)
                FROM chat JOIN image ON image.id = chat.image_id WHERE image.image_key = ? ORDER BY chat.id""")) {
            p.setString(1, imageKey);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredChat(r.getLong(1), imageKey, r.getString(2), r.getString(3),
                            Instant.parse(r.getString(4)), r.getInt(5)));
                }
            }
        }
        return out;
    }

    /** The turns of one chat in the order asked. */
    static List<ChatTurn> turns(Connection c, long chatId) throws SQLException {
        List<ChatTurn> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT id, question, answer, answer_json, asked_at FROM chat_turn WHERE chat_id = ? ORDER BY id""")) {
            p.setLong(1, chatId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ChatTurn(r.getLong(1), chatId, r.getString(2), r.getString(3), r.getString(4),
                            Instant.parse(r.getString(5))));
                }
            }
        }
        return out;
    }

    /** Lower-case hex SHA-256 of {@code text}'s UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
