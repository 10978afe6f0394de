package org.spatiallift.engine.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file or folder that could not be written (a full disk, a read-only folder, a folder in use by another
 * run): names the file, the problem and what to do, like {@link InputException}, and is meant to be shown as it is.
 * The command line exits 1 on it, as on bad input: the user can fix it, it is not a bug.
 */
public class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;
    private final String remedy;

    public OutputException(Path file, String problem, String remedy, Throwable cause) {
        super(file + ": " + problem + ". " + remedy, cause);
        this.file = file;
        this.problem = problem;
        this.remedy = remedy;
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }

    public String remedy() {
        return remedy;
    }

    /** The same message as an {@link InputException} (for code that reports those). */
    public InputException asInputException() {
        return new InputException(file, problem, remedy, this);
    }
}
