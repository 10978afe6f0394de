package org.spatiallift.engine.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks shared by every reader: the path names an existing, readable, non-empty regular file. */
final class FileChecks {

    private FileChecks() {
    }

    /** A link whose target does not exist, or a chain of links that loops. */
    private static InputException unresolvableLink(Path link, String role) {
        try {
            link.toRealPath();
        } catch (FileSystemLoopException e) {
            return loop(link, role);
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
                return loop(link, role);
            }
        } catch (IOException e) {
            // reported below as a broken link
        }
        String target;
        try {
            target = link.resolveSibling(Files.readSymbolicLink(link)).toString();
        } catch (IOException e) {
            target = "a path that cannot be read";
        }
        return new InputException(link, "is a symbolic link to " + target + ", which does not exist (" + role + ")",
                "Point the link at the " + role + " or give the file's own path");
    }

    private static InputException loop(Path link, String role) {
        return new InputException(link, "is a symbolic link that leads back to itself (a loop of links, " + role + ")",
                "Point the link at the " + role + " or give the file's own path");
    }

    /**
     * Refuses a missing file, a directory, an unreadable file and an empty file.
     *
     * @param role what the file is for ("colour image", "depth file"), used in the message
     */
    static void requireReadableFile(Path file, String role) throws InputException {
        if (!Files.exists(file)) {
            if (Files.isSymbolicLink(file)) {
                throw unresolvableLink(file, role);
            }
            throw new InputException(file, "file not found (" + role + ")", "Check the path");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a directory, not a file (" + role + ")",
                    "Give the path of the " + role + " itself");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "is not a regular file (" + role + ")", "Give the path of an ordinary file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file, "cannot be read (" + role + ", permission denied)",
                    "Check the file's permissions");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + role + "): " + e.getMessage(),
                    "Check the file's permissions", e);
        }
        if (size == 0) {
            throw new InputException(file, "is empty (0 bytes, " + role + ")",
                    "Give a complete file; this one may have been cut off while copying");
        }
    }
}
