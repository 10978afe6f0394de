package org.spatiallift.engine.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns what SQLite reports while writing a project into a message with the real cause and what to do: a full disk
 * (SQLITE_FULL, with the free space on the project's disk), a disk that became read-only, a lock held by another
 * program, a disk error or a damaged file.
 */
final class ProjectFailures {

    // SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int NOTADB = 26;

    private ProjectFailures() {
    }

    /**
     * The failure of a write to {@code file}.
     *
     * @param doing what was being written, as in "saving the decision"
     */
    static ProjectException writing(Path file, String doing, SQLException e) {
        String sqlite = "SQLite: " + e.getMessage();
        return switch (e.getErrorCode() & 0xFF) {
            case FULL -> new ProjectException(file, "the disk is full while " + doing + " (" + sqlite + "; "
                    + freeSpace(file) + ")", "Free some disk space, then try again; what was saved before is kept", e);
            case READONLY -> new ProjectException(file, "cannot be written while " + doing + ": it became read-only ("
                    + sqlite + ")", "Check that its disk is still mounted for writing, then open the project again "
                    + "(File › Open project…)", e);
            case BUSY, LOCKED -> new ProjectException(file, "is locked by another program while " + doing
                    + " (waited 5 s; " + sqlite + ")", "Close the other SpatialLift window or program using it, then "
                    + "try again", e);
            case IOERR -> new ProjectException(file, "a disk error happened while " + doing + " (" + sqlite + ")",
                    "Check the disk (is it still connected?), then try again", e);
            case CORRUPT, NOTADB -> new ProjectException(file, "is damaged (" + sqlite + ")",
                    "Restore the project from a backup, or make a new one with File › New project…", e);
            default -> new ProjectException(file, "could not be written while " + doing + " (" + sqlite + ")",
                    "Check that the disk has space and the file is writable, then try again", e);
        };
    }

    /** "12,345 MB free on its disk", or why that is unknown. */
    static String freeSpace(Path file) {
        try {
            long bytes = Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
            return String.format(Locale.ROOT, "%,.1f MB free on its disk", bytes / 1e6);
        } catch (IOException | RuntimeException e) {
            return "free space on its disk unknown: " + e.getMessage();
        }
    }
}
