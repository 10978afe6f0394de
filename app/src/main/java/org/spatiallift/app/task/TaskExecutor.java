package org.spatiallift.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work off the UI thread and hands the result back on it. Tests use a same-thread executor,
 * so view-model logic is tested without a toolkit.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <V> void execute(Callable<V> work, Consumer<V> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the UI thread (soon, or at once when already on it); for progress from background work. */
    void runOnUiThread(Runnable update);
}
