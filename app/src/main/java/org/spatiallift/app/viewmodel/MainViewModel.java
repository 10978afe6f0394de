package org.spatiallift.app.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.app.task.TaskExecutor;

/**
 * The main window's state and commands. Loading and lifting run through the {@link TaskExecutor};
 * a failure leaves the current scene in place and sets {@link #errorProperty()}.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final TaskExecutor executor;
    private final SceneLoader loader;

    // Properties
    private final ReadOnlyObjectWrapper<SceneSnapshot> scene = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public MainViewModel(TaskExecutor executor) {
        this(executor, new SceneLoader());
    }

    MainViewModel(TaskExecutor executor, SceneLoader loader) {
        this.executor = executor;
        this.loader = loader;
    }

    public ReadOnlyObjectProperty<SceneSnapshot> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the app is doing or has done, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last error for the user (file, problem, remedy), or "" when the last action succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    /** Opens the built-in sample scene. */
    public void openSample() {
        run("Lifting the built-in sample scene…", () -> SceneSnapshots.from("Sample scene", loader.liftSample()));
    }

    /** Opens an image with its depth file; on failure the current scene stays. */
    public void open(OpenRequest request) {
        run("Lifting " + request.image().getFileName() + "…",
                () -> SceneSnapshots.from(String.valueOf(request.image().getFileName()), loader.lift(request)));
    }

    private void run(String message, java.util.concurrent.Callable<SceneSnapshot> work) {
        busy.set(true);
        status.set(message);
        executor.execute(work, snapshot -> {
            busy.set(false);
            error.set("");
            scene.set(snapshot);
            status.set(snapshot.title() + " — " + snapshot.cloud().totalPoints() + " points, "
                    + snapshot.objects().size() + " objects. " + snapshot.frameSummary());
        }, failure -> {
            busy.set(false);
            String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            LOG.warn("opening failed: {}", reason, failure);
            error.set(reason);
            status.set("Could not open: " + reason);
        });
    }
}
