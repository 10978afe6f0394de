package org.spatiallift.engine.perception.model;

import java.nio.file.Path;

/** The user cancelled a model download; the partial file is gone and nothing was installed. */
public final class DownloadCancelledException extends ModelException {

    private static final long serialVersionUID = 1L;

    public DownloadCancelledException(Path file, String problem, String remedy) {
        super(file, problem, remedy);
    }
}
