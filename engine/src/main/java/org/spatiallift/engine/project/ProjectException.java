package org.spatiallift.engine.project;

import java.nio.file.Path;

/**
 * A project database that cannot be opened, read or written: names the file, the problem and what to do, as in
 * "project.db: written by a newer SpatialLift (schema 3, this build reads up to 1). Open it with SpatialLift 0.3 or
 * later, or choose another project file".
 */
public class ProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;
    private final String remedy;

    public ProjectException(Path file, String problem, String remedy) {
        this(file, problem, remedy, null);
    }

    public ProjectException(Path file, String problem, String remedy, Throwable cause) {
        super(file + ": " + problem + (remedy == null || remedy.isBlank() ? "" : ". " + remedy), cause);
        this.file = file;
        this.problem = problem;
        this.remedy = remedy;
    }

    /** The project file at fault. */
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
