package org.spatiallift.engine.io;

import java.nio.file.Path;

/**
 * Bad input: names the file (or value), the problem and what to do. The message reads
 * "{@code <file>: <problem>. <remedy>}" and is meant to be shown to the user as it is.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;
    private final String remedy;

    public InputException(Path file, String problem, String remedy) {
        this(file, problem, remedy, null);
    }

    public InputException(Path file, String problem, String remedy, Throwable cause) {
        super(compose(file == null ? null : file.toString(), problem, remedy), cause);
        this.file = file;
        this.problem = problem;
        this.remedy = remedy;
    }

    /** For a bad value rather than a file: {@code what} names it ("--intrinsics", "depth scale"). */
    public static InputException forValue(String what, String problem, String remedy) {
        return new InputException(null, what + ": " + problem, remedy);
    }

    private static String compose(String where, String problem, String remedy) {
        StringBuilder sb = new StringBuilder();
        if (where != null) {
            sb.append(where).append(": ");
        }
        sb.append(problem);
        if (remedy != null && !remedy.isBlank()) {
            sb.append(". ").append(remedy);
        }
        return sb.toString();
    }

    /** The file at fault, or null when the problem is a value. */
    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }

    public String remedy() {
        return remedy;
    }
}
