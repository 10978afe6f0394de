package org.spatiallift.engine.project;

import java.util.List;

/**
 * The project schema as ordered steps (docs/decisions/0010). A new feature adds a step at the end and never edits
 * a shipped one: benchmark labelling will add its tasks and labels as a later version, referencing {@code image}
 * and {@code qa}.
 */
public final class Migrations {

    /** Version 1: images, generated QA with provenance, and one review decision per QA. */
    static final Migration V1 = new Migration(1, "images, generated QA and review decisions", List.of(
            """
            CREATE TABLE project_info (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """
            CREATE TABLE image (
                id         INTEGER PRIMARY KEY,
                image_key  TEXT NOT NULL UNIQUE,
                image_path TEXT,
                width_px   INTEGER,
                height_px  INTEGER,
                added_at   TEXT NOT NULL
            )""",
            """
            CREATE TABLE qa (
                qa_id           TEXT PRIMARY KEY,
                image_id        INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
                category        TEXT NOT NULL,
                kind            TEXT NOT NULL CHECK (kind IN ('yes_no', 'choice', 'quantitative', 'multi_object')),
                question        TEXT NOT NULL,
                answer          TEXT NOT NULL,
                value           REAL,
                unit            TEXT,
                objects_json    TEXT NOT NULL,
                seed            INTEGER NOT NULL,
                provenance_json TEXT NOT NULL,
                qa_json         TEXT NOT NULL,
                generated_at    TEXT NOT NULL
            )""",
            "CREATE INDEX qa_by_image ON qa(image_id)",
            """
            CREATE TABLE review (
                qa_id           TEXT PRIMARY KEY REFERENCES qa(qa_id) ON DELETE CASCADE,
                status          TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
                edited_question TEXT,
                edited_answer   TEXT,
                reviewer        TEXT NOT NULL,
                decided_at      TEXT NOT NULL
            )""",
            "CREATE INDEX review_by_status ON review(status)"));

    /**
     * Version 2: the size and SHA-256 of each image file, recorded when a decision on its QA is stored; an imagefolder
     * export copies only files that still match (issue #9). Images recorded under version 1 have none until a new
     * decision records them.
     */
    static final Migration V2 = new Migration(2, "size and SHA-256 of each recorded image file", List.of(
            "ALTER TABLE image ADD COLUMN file_bytes INTEGER",
            "ALTER TABLE image ADD COLUMN file_sha256 TEXT"));

    /**
     * Version 3: spatial-VQA chats (issue #12). A chat belongs to one image and one lifted scene: the scene the
     * questions were asked about is kept with it as JSON (its objects, ids, descriptions and boxes), so every answer can
     * be checked later against what was measured, even after the image is lifted again with other settings (which
     * starts a new chat). Each turn keeps the question, the answer text and the whole answer as JSON.
     */
    static final Migration V3 = new Migration(3, "spatial-VQA chats with the scene they were asked about", List.of(
            """
            CREATE TABLE chat (
                id           INTEGER PRIMARY KEY,
                image_id     INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
                scene_sha256 TEXT NOT NULL,
                scene_json   TEXT NOT NULL,
                started_at   TEXT NOT NULL,
                UNIQUE (image_id, scene_sha256)
            )""",
            """
            CREATE TABLE chat_turn (
                id          INTEGER PRIMARY KEY,
                chat_id     INTEGER NOT NULL REFERENCES chat(id) ON DELETE CASCADE,
                question    TEXT NOT NULL,
                answer      TEXT NOT NULL,
                answer_json TEXT NOT NULL,
                asked_at    TEXT NOT NULL
            )""",
            "CREATE INDEX chat_turn_by_chat ON chat_turn(chat_id)"));

    private static final List<Migration> ALL = List.of(V1, V2, V3);

    private Migrations() {
    }

    /** Every step, in order; step k takes the schema to version k. */
    public static List<Migration> all() {
        return ALL;
    }

    /** The schema version this build writes. */
    public static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }
}
