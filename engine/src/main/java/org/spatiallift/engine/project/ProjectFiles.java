package org.spatiallift.engine.project;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.qa.SpatialLiftVersion;
import org.sqlite.SQLiteConfig;

/**
 * Opening and creating project files (docs/decisions/0010, "Recognising a project"). An existing file is first read
 * through a read-only connection: a file that is not a SpatialLift project is refused before anything could write to
 * it. Only then is it reopened read-write (write-ahead logging, upgrades), unless it must stay read-only
 * ({@link ProjectAccess}). A project is created only by {@link #create}, at a path where no file exists.
 */
final class ProjectFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectFiles.class);
    private static final int BUSY_TIMEOUT_MS = 5000;

    private ProjectFiles() {
    }

    /**
     * Opens an existing project; read-only when {@code readOnlyReason} is given or {@link ProjectAccess} finds it
     * must be.
     */
    static ProjectDatabase open(Path file, List<Migration> steps, String readOnlyReason) throws ProjectException {
        Path f = file.toAbsolutePath().normalize();
        ProjectSchema.checkHeader(f);
        String reason = readOnlyReason != null ? readOnlyReason : ProjectAccess.readOnlyReason(f);
        int latest = ProjectSchema.latest(steps);
        Connection ro = connect(f, true);
        int version;
        try {
            version = ProjectSchema.identify(ro, f, latest, false);
        } catch (SQLException e) {
            closeQuietly(ro);
            throw unreadable(f, e);
        } catch (ProjectException e) {
            closeQuietly(ro);
            throw e;
        }
        if (reason != null) {
            if (version < latest) {
                closeQuietly(ro);
                throw new ProjectException(f, "was written by an older SpatialLift (schema version " + version
                        + ") and needs an upgrade, which cannot be written because " + reason,
                        "Copy the project to a folder you can write to and open the copy");
            }
            LOG.info("{}: project open read-only because {}", f, reason);
            return new ProjectDatabase(f, ro, version, reason);
        }
        closeQuietly(ro);
        Connection rw = connect(f, false);
        try {
            useWal(rw, f);
            int was = ProjectSchema.migrate(rw, f, steps, false);
            return new ProjectDatabase(f, rw, was, null);
        } catch (SQLException e) {
            closeQuietly(rw);
            throw ProjectFailures.writing(f, "opening the project", e);
        } catch (ProjectException e) {
            closeQuietly(rw);
            throw e;
        }
    }

    /** Creates a new project at {@code file}, which must not exist; its folder is created when missing. */
    static ProjectDatabase create(Path file, List<Migration> steps) throws ProjectException {
        Path f = file.toAbsolutePath().normalize();
        try {
            if (f.getParent() != null) {
                Files.createDirectories(f.getParent());
            }
            Files.createFile(f);
        } catch (FileAlreadyExistsException e) {
            throw new ProjectException(f, "already exists, so no new project is made there", "Choose a new file name "
                    + "for the new project, or open this file with File › Open project…", e);
        } catch (IOException e) {
            throw new ProjectException(f, "cannot be created (" + e.getMessage() + ")",
                    "Choose a folder you can write to", e);
        }
        Connection c = null;
        try {
            c = connect(f, false);
            useWal(c, f);
            ProjectSchema.migrate(c, f, steps, true);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT OR IGNORE INTO project_info(key, value) VALUES (?, ?), (?, ?)")) {
                p.setString(1, "created_by");
                p.setString(2, "SpatialLift " + SpatialLiftVersion.get());
                p.setString(3, "created_at");
                p.setString(4, Instant.now().toString());
                p.executeUpdate();
            }
            LOG.info("{}: new project (schema {})", f, ProjectSchema.latest(steps));
            return new ProjectDatabase(f, c, 0, null);
        } catch (SQLException e) {
            closeQuietly(c);
            deleteCreated(f);
            throw ProjectFailures.writing(f, "creating the project", e);
        } catch (ProjectException | RuntimeException e) {
            closeQuietly(c);
            deleteCreated(f);
            throw e;
        }
    }

    /**
     * A connection with foreign keys on and a 5 s busy timeout. A read-only connection is opened read-only; when no
     * {@code -wal} file exists beside the project (every commit is in the file itself: the last writer closed it),
     * also as immutable, so SQLite creates no {@code -wal} or {@code -shm} file. When a {@code -wal} file exists (a
     * writer has the project open, or one stopped without closing it), the read goes through it, so the latest
     * decisions are seen; those side files were there already.
     */
    private static Connection connect(Path f, boolean readOnly) throws ProjectException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        boolean immutable = readOnly && !Files.exists(Path.of(f + "-wal"));
        String url = immutable ? "jdbc:sqlite:file://" + f.toUri().getRawPath() + "?immutable=1" : "jdbc:sqlite:" + f;
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw unreadable(f, e);
        }
    }

    private static void useWal(Connection c, Path f) throws SQLException, ProjectException {
        String mode = ProjectSchema.pragmaText(c, "journal_mode = WAL");
        if (!"wal".equalsIgnoreCase(mode)) {
            throw new ProjectException(f, "SQLite would not switch to write-ahead logging (journal mode " + mode
                    + ")", "Put the project on a local disk; network folders often do not support WAL");
        }
    }

    private static ProjectException unreadable(Path f, SQLException e) {
        return new ProjectException(f, "cannot be opened as a project database (SQLite: " + e.getMessage() + ")",
                "Check that the file is a SpatialLift project and that you may read it", e);
    }

    /** Removes a project file this call created (and SQLite's side files) after creating it failed. */
    private static void deleteCreated(Path f) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(f + suffix));
            } catch (IOException e) {
                LOG.warn("{}{}: could not remove after a failed creation: {}", f, suffix, e.getMessage());
            }
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure; the failure is what gets reported
            }
        }
    }
}
