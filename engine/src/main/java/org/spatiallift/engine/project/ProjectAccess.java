package org.spatiallift.engine.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides, before SQLite touches a project, whether it is opened read-only: on a read-only file system (a mounted
 * image, a write-protected card), when the file is marked read-only, or when its folder is (write-ahead logging
 * needs to create {@code -wal} and {@code -shm} files beside the project). The marks are read from the file's
 * attributes (POSIX write bits, the DOS read-only flag) and the file store, never inferred from a write failing: an
 * administrator (root) may write a read-only file, but a project marked read-only is still opened read-only.
 */
final class ProjectAccess {

    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private ProjectAccess() {
    }

    /** Why {@code file} (an existing project) must be opened read-only, or null when it may be written. */
    static String readOnlyReason(Path file) {
        try {
            if (Files.getFileStore(file).isReadOnly()) {
                return "it is on a read-only disk";
            }
        } catch (IOException e) {
            return "its disk cannot be inspected (" + e.getMessage() + ")";
        }
        if (markedReadOnly(file)) {
            return "the file is read-only";
        }
        Path folder = file.getParent();
        if (folder != null && markedReadOnly(folder)) {
            return "its folder is read-only";
        }
        return null;
    }

    private static boolean markedReadOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            PosixFileAttributes posix = Files.readAttributes(path, PosixFileAttributes.class);
            return posix.permissions().stream().noneMatch(WRITE_BITS::contains);
        } catch (UnsupportedOperationException | IOException notPosix) {
            try {
                return !Files.isDirectory(path) && Files.readAttributes(path, DosFileAttributes.class).isReadOnly();
            } catch (UnsupportedOperationException | IOException neither) {
                return false;
            }
        }
    }
}
