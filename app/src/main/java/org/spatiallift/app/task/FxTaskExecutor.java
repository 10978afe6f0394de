package org.spatiallift.app.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on one background daemon thread; callbacks arrive on the FX thread in the order they were posted. An
 * executor made by {@link #beforeToolkit()} accepts work while JavaFX is still starting (the app lifts its first scene
 * meanwhile) and holds the callbacks until {@link #toolkitStarted()}.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spatiallift-worker");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final Object lock = new Object();
    /** Runs a callback on the FX thread from another thread. */
    private final Consumer<Runnable> later;
    /** Callbacks posted before the toolkit started; null once it runs. */
    private List<Runnable> held;

    /** For use once the FX toolkit runs. */
    public FxTaskExecutor() {
        this(null, Platform::runLater);
    }

    FxTaskExecutor(List<Runnable> held, Consumer<Runnable> later) {
        this.held = held;
        this.later = later;
    }

    /** For use before the FX toolkit runs: callbacks wait for {@link #toolkitStarted()}. */
    public static FxTaskExecutor beforeToolkit() {
        return new FxTaskExecutor(new ArrayList<>(), Platform::runLater);
    }

    @Override
    public <V> void execute(Callable<V> work, Consumer<V> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            V value;
            try {
                value = work.call();
            } catch (Throwable t) { // as javafx.concurrent.Task: every failure reaches onFailure
                runOnUiThread(() -> onFailure.accept(t));
                return;
            }
            runOnUiThread(() -> onSuccess.accept(value));
        });
    }

    @Override
    public void runOnUiThread(Runnable update) {
        synchronized (lock) {
            if (held != null) {
                held.add(update);
                return;
            }
        }
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            later.accept(update);
        }
    }

    /** The toolkit runs (call on the FX thread): the callbacks held so far run now, in order, and later ones at once. */
    public void toolkitStarted() {
        List<Runnable> pending;
        synchronized (lock) {
            pending = held;
            held = null;
        }
        if (pending != null) {
            for (Runnable r : pending) {
                try {
                    r.run();
                } catch (RuntimeException e) { // as a failing runLater callback: logged, the others still run
                    LOG.error("a callback of work started before the window failed", e);
                }
            }
        }
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
