package org.spatiallift.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;

/** Runs work on one background daemon thread as a {@link Task}; callbacks arrive on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spatiallift-worker");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    @Override
    public <V> void execute(Callable<V> work, Consumer<V> onSuccess, Consumer<Throwable> onFailure) {
        Task<V> task = new Task<>() {
            @Override
            protected V call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        pool.execute(task);
    }

    @Override
    public void runOnUiThread(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
