package org.spatiallift.app;

import java.util.List;

import javafx.application.Application;

/**
 * Plain entry point: JavaFX refuses to start an {@link Application} subclass as the main class from the class path,
 * so this class (not extending Application) starts it. The view models and the first scene's lift are prepared
 * meanwhile ({@link AppStart}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        AppStart.begin(AppArguments.parse(List.of(args)));
        Application.launch(SpatialLiftApplication.class, args);
    }
}
