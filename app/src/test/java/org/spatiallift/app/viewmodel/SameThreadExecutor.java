package org.spatiallift.app.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.spatiallift.app.task.TaskExecutor;

/** Runs work and its callback at once on the calling thread, so view-model tests need no toolkit. */
public final class SameThreadExecutor implements TaskExecutor {

    @Override
    public <V> void execute(Callable<V> work, Consumer<V> onSuccess, Consumer<Throwable> onFailure) {
        V value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(value);
    }

    @Override
    public void runOnUiThread(Runnable update) {
        update.run();
    }
}
