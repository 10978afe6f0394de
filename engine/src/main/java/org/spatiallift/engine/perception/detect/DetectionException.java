package org.spatiallift.engine.perception.detect;

/** Running a loaded model failed (the runtime refused the input or ran out of memory); loading failures are ModelException. */
public class DetectionException extends Exception {

    private static final long serialVersionUID = 1L;

    public DetectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
