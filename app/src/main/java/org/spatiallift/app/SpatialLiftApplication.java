package org.spatiallift.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.app.task.FxTaskExecutor;
import org.spatiallift.app.view.MainView;
import org.spatiallift.app.view.ScreenshotWriter;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.OpenRequest;

/** The JavaFX application: wires the main view model to the main view and opens the first scene. */
public class SpatialLiftApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SpatialLiftApplication.class);

    private FxTaskExecutor executor;

    @Override
    public void start(Stage stage) {
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            LOG.warn("JavaFX reports no 3D support: the point cloud view stays empty. "
                    + "Run with -Dprism.forceGPU=true on software OpenGL (Mesa, Xvfb)");
        }
        executor = new FxTaskExecutor();
        MainViewModel viewModel = new MainViewModel(executor);
        MainView view = new MainView(viewModel, stage);
        stage.setTitle("SpatialLift");
        stage.setScene(new Scene(view, 1400, 820));
        stage.show();
        String screenshot = getParameters().getNamed().get("screenshot");
        if (screenshot != null) {
            saveScreenshotWhenLoaded(viewModel, stage, Path.of(screenshot));
        }
        openFirstScene(viewModel, getParameters().getUnnamed());
    }

    /** --screenshot=FILE: once the first scene is shown, save the window as PNG and quit (docs/screenshot.sh). */
    private static void saveScreenshotWhenLoaded(MainViewModel viewModel, Stage stage, Path file) {
        Runnable save = () -> {
            PauseTransition settle = new PauseTransition(Duration.seconds(1.5));
            settle.setOnFinished(e -> {
                try {
                    ScreenshotWriter.write(stage.getScene(), file);
                    LOG.info("saved a screenshot to {}", file.toAbsolutePath());
                } catch (IOException ex) {
                    LOG.error("could not save the screenshot to {}: {}", file.toAbsolutePath(), ex.getMessage());
                }
                Platform.exit();
            });
            settle.play();
        };
        viewModel.sceneProperty().addListener((obs, old, scene) -> save.run());
        viewModel.errorProperty().addListener((obs, old, err) -> {
            if (!err.isEmpty()) {
                save.run();
            }
        });
    }

    /** IMAGE [DEPTH] from the command line, else the built-in sample scene. */
    static void openFirstScene(MainViewModel viewModel, List<String> args) {
        if (args.isEmpty()) {
            viewModel.openSample();
        } else {
            Path image = Path.of(args.get(0));
            Path depth = args.size() > 1 ? Path.of(args.get(1)) : null;
            viewModel.open(OpenRequest.of(image, depth));
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
