package org.spatiallift.app.viewmodel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.spatiallift.app.task.TaskExecutor;

/**
 * Queues background work until the test runs it ({@link #runNext()}), so a test can act while a lift is "running";
 * UI updates run at once on the calling thread.
 */
final class ManualExecutor implements TaskExecutor {

    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final SameThreadExecutor now = new SameThreadExecutor();

    @Override
    public <V> void execute(Callable<V> work, Consumer<V> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> now.execute(work, onSuccess, onFailure));
    }

    @Override
    public void runOnUiThread(Runnable update) {
        update.run();
    }

    /** Runs the oldest queued work and its callback; false when nothing was queued. */
    boolean runNext() {
        Runnable r = queued.poll();
        if (r == null) {
            return false;
        }
        r.run();
        return true;
    }

    int queued() {
        return queued.size();
    }
}
