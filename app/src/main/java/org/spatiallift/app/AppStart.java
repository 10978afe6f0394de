package org.spatiallift.app;

import java.util.concurrent.CompletableFuture;

import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.app.prefs.JavaPreferenceStore;
import org.spatiallift.app.prefs.PreferenceStore;
import org.spatiallift.app.task.FxTaskExecutor;
import org.spatiallift.app.viewmodel.MainViewModel;

/**
 * What the app prepares without a window: the view models, and the first scene's lift already running. {@link Launcher}
 * starts it on its own thread while JavaFX starts (about a second), so that the window and the scene appear sooner; the
 * lift's callbacks wait for the toolkit ({@link FxTaskExecutor#beforeToolkit()}).
 */
final class AppStart {

    /** The prepared view model and the executors whose callbacks wait until the window is built. */
    record Prepared(MainViewModel viewModel, FxTaskExecutor executor, FxTaskExecutor downloads, AppArguments arguments) {

        /** The window is built and bound: results of work started before it reach it from now on (FX thread). */
        void windowReady() {
            executor.toolkitStarted();
            downloads.toolkitStarted();
        }

        /** What is being opened, for the window's first moment: "the sample scene" or the image's file name. */
        String opening() {
            return arguments.unnamed().isEmpty() ? "the sample scene"
                    : String.valueOf(java.nio.file.Path.of(arguments.unnamed().get(0)).getFileName());
        }

        void shutdown() {
            downloads.shutdown();
            executor.shutdown();
            viewModel.qa().close();
            viewModel.chat().close();
        }
    }

    private static CompletableFuture<Prepared> early;

    private AppStart() {
    }

    /** Starts preparing on a thread of its own (from {@link Launcher#main}, before JavaFX). */
    static synchronized void begin(AppArguments arguments) {
        early = CompletableFuture.supplyAsync(() -> prepare(arguments), r -> {
            Thread t = new Thread(r, "spatiallift-start");
            t.setDaemon(true);
            t.start();
        });
    }

    /** What {@link #begin} prepared (waiting for it), or a preparation made now when nothing was begun. */
    static synchronized Prepared take(AppArguments arguments) {
        Prepared p = early == null ? prepare(arguments) : early.join();
        early = null;
        StartupTrace.mark("prepared");
        return p;
    }

    /** Builds the view models and opens the first scene (IMAGE [DEPTH] given, else the built-in sample scene). */
    static Prepared prepare(AppArguments arguments) {
        // A screenshot run leaves the user's preferences alone.
        PreferenceStore store = arguments.screenshot() != null ? new InMemoryPreferenceStore() : new JavaPreferenceStore();
        FxTaskExecutor executor = FxTaskExecutor.beforeToolkit();
        FxTaskExecutor downloads = FxTaskExecutor.beforeToolkit();
        MainViewModel viewModel = new MainViewModel(executor, downloads, store);
        StartupTrace.mark("view_models");
        SpatialLiftApplication.openFirstScene(viewModel, arguments.unnamed());
        return new Prepared(viewModel, executor, downloads, arguments);
    }
}
