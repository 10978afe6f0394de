package org.spatiallift.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks shared by every reader: the path names an existing, readable, non-empty regular file. */
final class FileChecks {

    private FileChecks() {
    }

    /**
     * Refuses a missing file, a directory, an unreadable file and an empty file.
     *
     * @param role what the file is for ("colour image", "depth file"), used in the message
     */
    static void requireReadableFile(Path file, String role) throws InputException {
        if (!Files.exists(file)) {
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
