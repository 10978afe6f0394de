package org.spatiallift.engine.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises, creates and upgrades a project database. A SpatialLift project carries {@link #APPLICATION_ID} in
 * {@code PRAGMA application_id} and its schema version in {@code PRAGMA user_version}; only a project being created
 * may be empty; anything else (an empty or missing file, not SQLite, another program's database, a newer schema) is
 * refused with the reason, and these checks write nothing.
 */
final class ProjectSchema {

    /** "SpLt" in ASCII: marks an SQLite file as a SpatialLift project. */
    static final int APPLICATION_ID = 0x53704C74;

    private static final Logger LOG = LoggerFactory.getLogger(ProjectSchema.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectSchema() {
    }

    /**
     * Refuses, before SQLite touches it, a missing file, a folder, an empty file and a file that is not an SQLite
     * database.
     */
    static void checkHeader(Path file) throws ProjectException {
        if (!Files.exists(file)) {
            throw new ProjectException(file, "no such project file", "Check the path; a new project is made with "
                    + "File › New project… in the app");
        }
        if (Files.isDirectory(file)) {
            throw new ProjectException(file, "is a folder, not a project file", "Choose the project file itself");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ProjectException(file, "is empty (0 bytes), not a SpatialLift project",
                        "Choose a SpatialLift project file, or make a new one with File › New project…");
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw notOurs(file, "not an SQLite database");
            }
        } catch (IOException e) {
            throw new ProjectException(file, "cannot be read (" + e.getMessage() + ")",
                    "Check the file's permissions or choose another project file", e);
        }
    }

    /**
     * Reads the application id and schema version (no writes) and refuses another program's database and a newer
     * schema; returns the version. With {@code allowNew}, an empty database (version 0, no tables) is accepted: only
     * a project being created is.
     */
    static int identify(Connection c, Path file, int latest, boolean allowNew) throws ProjectException, SQLException {
        int appId = pragmaInt(c, "application_id");
        int version = pragmaInt(c, "user_version");
        if (appId != APPLICATION_ID) {
            int tables = tableCount(c);
            if (appId != 0 || version != 0 || tables > 0) {
                throw notOurs(file, "an SQLite database of another program (application id " + appId + ", "
                        + tables + " tables), not a SpatialLift project");
            }
            if (!allowNew) {
                throw notOurs(file, "an empty SQLite database, not a SpatialLift project");
            }
        }
        if (version > latest) {
            throw new ProjectException(file, "written by a newer SpatialLift (schema version " + version
                    + ", this build reads up to " + latest + ")",
                    "Open it with a newer SpatialLift, or choose another project file");
        }
        return version;
    }

    /**
     * Brings the database to the last of {@code steps}, or refuses it ({@link #identify}, checked again on the
     * read-write connection); returns the version it had.
     */
    static int migrate(Connection c, Path file, List<Migration> steps, boolean allowNew)
            throws ProjectException, SQLException {
        int version = identify(c, file, latest(steps), allowNew);
        for (Migration m : steps) {
            if (m.version() <= version) {
                continue;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA user_version = " + m.version());
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            LOG.info("{}: project schema {} → {} ({})", file, m.version() - 1, m.version(), m.description());
        }
        return version;
    }

    static int latest(List<Migration> steps) {
        return steps.get(steps.size() - 1).version();
    }

    static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static String pragmaText(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
            return r.next() ? r.getString(1) : "";
        }
    }

    private static int tableCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static ProjectException notOurs(Path file, String problem) {
        return new ProjectException(file, problem, "Choose a SpatialLift project file (File › Open project…), or "
                + "make a new one with File › New project…");
    }
}
