package org.spatiallift.engine.perception.model;

import java.nio.file.Path;

import org.spatiallift.engine.io.Advice;
import org.spatiallift.engine.io.InputException;

/**
 * A model cannot be found, fetched, verified or loaded. Like every {@link InputException} its message reads
 * "file: problem. remedy" and is shown to the user as it is (the CLI exits with 1).
 */
public class ModelException extends InputException {

    private static final long serialVersionUID = 1L;

    public ModelException(Path file, String problem, String remedy) {
        super(file, problem, remedy);
    }

    public ModelException(Path file, String problem, String remedy, Throwable cause) {
        super(file, problem, remedy, cause);
    }

    @Override
    public ModelException advise(Advice... more) {
        super.advise(more);
        return this;
    }
}
