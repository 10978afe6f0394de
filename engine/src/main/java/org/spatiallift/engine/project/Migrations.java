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

    private static final List<Migration> ALL = List.of(V1, V2);

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
