package org.spatiallift.app;

import javafx.application.Application;

/**
 * Plain entry point: JavaFX refuses to start an {@link Application} subclass as the main class from the class path,
 * so this class (not extending Application) starts it.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        Application.launch(SpatialLiftApplication.class, args);
    }
}
