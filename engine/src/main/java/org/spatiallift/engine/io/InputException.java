package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bad input: names the file (or value), the problem and what to do. The message reads
 * "{@code <file>: <problem>. <remedy>}" and is meant to be shown on the command line as it is; the remedy names
 * command-line options. Where what to do is one of the {@link Advice}s, the exception carries it too
 * ({@link #advice()}), so that the app can say it in its own terms and offer a button for it.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;
    private final String remedy;
    private final transient List<Advice> advice = new ArrayList<>(2);

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

    /** Adds {@code advice} (what the user can do, for front ends to say in their terms); returns this exception. */
    public InputException advise(Advice... more) {
        advice.addAll(Arrays.asList(more));
        return this;
    }

    /** What the user can do, in order of preference; empty when only the remedy's words say it. */
    public List<Advice> advice() {
        return List.copyOf(advice);
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
