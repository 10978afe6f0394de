package org.spatiallift.engine.pipeline;

import java.util.concurrent.CancellationException;

/** Asked between and inside stages whether the work should stop. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancellationException} when cancelled. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("lift cancelled");
        }
    }
}
