package org.spatiallift.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.app.view.MainView;
import org.spatiallift.app.view.OpeningPage;
import org.spatiallift.app.view.ScreenshotWriter;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.Notification;
import org.spatiallift.app.viewmodel.ObjectMarker;

/**
 * The JavaFX application: wires the main view model (prepared by {@link AppStart}, its first scene already lifting) to
 * the main view.
 */
public class SpatialLiftApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SpatialLiftApplication.class);

    private AppStart.Prepared prepared;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx_start");
        AppArguments arguments = AppArguments.parse(getParameters().getRaw());
        prepared = AppStart.take(arguments);
        // The window opens at once with a light "opening" page (no controls, so no styling to compute); the full
        // window is built after that first frame, while the first scene still lifts (docs/decisions/0025).
        Scene scene = new Scene(new OpeningPage("Opening " + prepared.opening() + "…"), 1560, 900);
        stage.setTitle("SpatialLift");
        stage.setScene(scene);
        stage.show();
        StartupTrace.mark("shown");
        Runnable[] first = new Runnable[1];
        first[0] = () -> {
            scene.removePostLayoutPulseListener(first[0]);
            StartupTrace.mark("window");
            Platform.runLater(() -> buildWindow(stage, arguments));
        };
        scene.addPostLayoutPulseListener(first[0]);
    }

    /** The full window in place of the opening page; then the results of the work started before it reach it. */
    private void buildWindow(Stage stage, AppArguments arguments) {
        MainViewModel viewModel = prepared.viewModel();
        MainView view = new MainView(viewModel, stage);
        stage.getScene().setRoot(view);
        StartupTrace.mark("view_built");
        if (StartupTrace.enabled()) {
            traceFirstFrames(viewModel, view, stage);
        }
        String tab = arguments.named().get("tab");
        if (tab != null) {
            view.showSideTab(tab);
        }
        String folder = arguments.named().get("folder");
        if (folder != null) {
            view.showSideTab("folder");
            viewModel.folder().browse(Path.of(folder));
        }
        if (arguments.screenshot() != null) {
            saveScreenshotWhenLoaded(viewModel, view, stage, Path.of(arguments.screenshot()));
        }
        prepared.windowReady();
    }

    /**
     * --screenshot=FILE: once the first scene is shown in full, select its largest object, let the view settle, save
     * the window as PNG and quit (docs/screenshot.sh).
     */
    private static void saveScreenshotWhenLoaded(MainViewModel viewModel, MainView view, Stage stage, Path file) {
        Runnable save = () -> {
            Timeline poll = new Timeline();
            poll.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
                if (view.cloudView().showingFullCloud() || viewModel.sceneProperty().get() == null) {
                    poll.stop();
                    PauseTransition settle = new PauseTransition(Duration.seconds(1));
                    settle.setOnFinished(done -> {
                        try {
                            ScreenshotWriter.write(stage.getScene(), file);
                            LOG.info("saved a screenshot to {}", file.toAbsolutePath());
                        } catch (IOException ex) {
                            LOG.error("could not save the screenshot to {}: {}", file.toAbsolutePath(), ex.getMessage());
                        }
                        Platform.exit();
                    });
                    settle.play();
                }
            }));
            poll.setCycleCount(Animation.INDEFINITE);
            poll.play();
        };
        viewModel.sceneProperty().addListener((obs, old, scene) -> {
            scene.objects().stream().max(java.util.Comparator.comparingInt(ObjectMarker::pointCount))
                    .ifPresent(o -> viewModel.objects().select(o.id()));
            save.run();
        });
        viewModel.notifications().items().addListener((ListChangeListener<Notification>) c -> {
            if (viewModel.notifications().lastError() != null && viewModel.sceneProperty().get() == null) {
                save.run();
            }
        });
    }

    /**
     * Start-up benchmark: marks the first pulse that shows the first scene in full ("scene"; the window's own first frame
     * is marked in {@link #start}), writes the trace and quits.
     */
    private static void traceFirstFrames(MainViewModel viewModel, MainView view, Stage stage) {
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (viewModel.sceneProperty().get() != null && view.cloudView().showingFullCloud()
                    && !view.cloudView().needsRedraw()) {
                StartupTrace.mark("scene");
                scene.removePostLayoutPulseListener(listener[0]);
                try {
                    StartupTrace.write();
                } catch (IOException e) {
                    LOG.error("could not write the start-up trace: {}", e.getMessage());
                }
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** IMAGE [DEPTH] from the command line, else the built-in sample scene. Options: --tab=objects|pipeline|folder, --folder=DIR. */
    static void openFirstScene(MainViewModel viewModel, List<String> args) {
        if (args.isEmpty()) {
            viewModel.openSample();
        } else {
            // as if the files were dropped on the window: the depth format by dataset prefix, and labels, names and
            // intrinsics.txt found beside the image
            viewModel.openDropped(args.stream().map(Path::of).toList());
        }
    }

    @Override
    public void stop() {
        if (prepared != null) {
            prepared.shutdown();
        }
    }
}
