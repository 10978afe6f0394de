package org.spatiallift.app.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.BooleanProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.app.prefs.PreferenceStore;
import org.spatiallift.app.task.TaskExecutor;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.pipeline.PerceptionReport;
import org.spatiallift.engine.pipeline.Stage;
import org.spatiallift.engine.pipeline.StageDependencies;

/**
 * The main window's state and commands. Lifting runs through the {@link TaskExecutor} with per-stage progress and
 * cancel; a failure leaves the current scene in place and posts a notification with the reason.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private static final String APP_NAME = "SpatialLift";

    private final TaskExecutor executor;
    private final SceneLoader loader;
    private final AppPreferences preferences;
    private final NotificationsViewModel notifications = new NotificationsViewModel();
    private final PipelineViewModel pipeline = new PipelineViewModel();
    private final ObjectsViewModel objects;
    private final InspectorViewModel inspector;
    private final FolderViewModel folder;
    private final QaViewModel qa;
    private final ChatViewModel chat;
    private final TaskExecutor downloads;
    private final ModelStore modelStore;
    private ModelsViewModel models;
    private SceneModel model;
    private AtomicBoolean cancelRequested = new AtomicBoolean();
    private long generation;
    private long colourGeneration;

    // Properties
    private final ReadOnlyObjectWrapper<SceneSnapshot> scene = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CloudColours> colours = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty showVoxels = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<CloudData> shownCloud = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper liftedWith = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_NAME);
    private String lifting = "";

    /** With preferences that last this session only (tests, screenshots). */
    public MainViewModel(TaskExecutor executor) {
        this(executor, new InMemoryPreferenceStore());
    }

    public MainViewModel(TaskExecutor executor, PreferenceStore store) {
        this(executor, executor, store);
    }

    /** With a second executor for model downloads, so a download never holds up a lift. */
    public MainViewModel(TaskExecutor executor, TaskExecutor downloads, PreferenceStore store) {
        this(executor, downloads, store, ModelStore.configured());
    }

    /** With the models in {@code modelStore} (tests: a temporary cache) instead of the configured one. */
    public MainViewModel(TaskExecutor executor, TaskExecutor downloads, PreferenceStore store, ModelStore modelStore) {
        this(executor, downloads, store, new SceneLoader(modelStore), modelStore);
    }

    MainViewModel(TaskExecutor executor, PreferenceStore store, SceneLoader loader) {
        this(executor, executor, store, loader, ModelStore.configured());
    }

    private MainViewModel(TaskExecutor executor, TaskExecutor downloads, PreferenceStore store, SceneLoader loader,
            ModelStore modelStore) {
        this.executor = executor;
        this.loader = loader;
        this.preferences = new AppPreferences(store);
        this.objects = new ObjectsViewModel(preferences);
        this.inspector = new InspectorViewModel(preferences, objects);
        this.folder = new FolderViewModel(executor, notifications, preferences);
        ProjectSession project = new ProjectSession(preferences);
        this.qa = new QaViewModel(executor, notifications, preferences, objects, project);
        this.chat = new ChatViewModel(executor, downloads, notifications, preferences, objects, project,
                new ChatModels(store, modelStore, downloads));
        this.downloads = downloads;
        this.modelStore = modelStore;
        preferences.colourModeProperty().addListener((obs, old, mode) -> recolour());
        showVoxels.addListener((obs, old, on) -> {
            SceneSnapshot s = scene.get();
            if (s != null) {
                shownCloud.set(on ? s.voxels() : s.cloud());
                recolour();
            }
        });
        title.bind(Bindings.createStringBinding(() -> scene.get() == null ? APP_NAME
                : APP_NAME + " — " + scene.get().title(), scene));
    }

    /** The window's title: "SpatialLift — " and the title of the scene on show, or "SpatialLift" before one. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SceneSnapshot> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /**
     * Whether the 3D view shows the voxel cloud (the down-sampled cloud planes and the floor were fitted to) instead of
     * the lifted points (writable).
     */
    public BooleanProperty showVoxelsProperty() {
        return showVoxels;
    }

    /**
     * The cloud the 3D view shows: the scene's drawn points, or its voxel cloud when {@link #showVoxelsProperty()} is
     * on; null before the first scene. Set before {@link #sceneProperty()} when a scene arrives.
     */
    public ReadOnlyObjectProperty<CloudData> shownCloudProperty() {
        return shownCloud.getReadOnlyProperty();
    }

    /** Colours of the shown cloud's points in the preferred colour mode (follows {@link #shownCloudProperty()}). */
    public ReadOnlyObjectProperty<CloudColours> coloursProperty() {
        return colours.getReadOnlyProperty();
    }

    /** True while a lift runs; {@link #cancel()} stops it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the app is doing or has done, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * How the scene on show was lifted: its depth format and scale with the reason for them, and where its intrinsics
     * came from ("Depth tum, 5000 units/m (file name prefix TUM_) · intrinsics given: fx 525.0 px, fy 525.0 px").
     */
    public ReadOnlyStringProperty liftedWithProperty() {
        return liftedWith.getReadOnlyProperty();
    }

    public NotificationsViewModel notifications() {
        return notifications;
    }

    public PipelineViewModel pipeline() {
        return pipeline;
    }

    public ObjectsViewModel objects() {
        return objects;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public FolderViewModel folder() {
        return folder;
    }

    public QaViewModel qa() {
        return qa;
    }

    /** The Chat tab. */
    public ChatViewModel chat() {
        return chat;
    }

    /** The Models dialog's state and commands (read from the model store when first asked for: a quicker start). */
    public ModelsViewModel models() {
        if (models == null) {
            models = new ModelsViewModel(downloads, notifications, modelStore);
            models.setOnModelsChanged(loader::modelsChanged);
        }
        return models;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    // Commands

    /** The user clicked point {@code shownIndex} of the shown cloud in 3D, at {@code hit} (canonical metres). */
    public void pick(int shownIndex, double[] hit) {
        if (showVoxels.get()) {
            inspector.pickVoxel(shownIndex, hit);
        } else {
            inspector.pickDrawn(shownIndex, hit);
        }
    }

    /** Opens the built-in sample scene. */
    public void openSample() {
        LiftParameters p = pipeline.parameters();
        lift("the built-in sample scene", "Could not open the sample scene", Stage.BACK_PROJECT, p,
                PerceptionReport.LABELS,
                (progress, cancel) -> loader.liftSample(p, progress, cancel), null);
    }

    /**
     * Opens an image with its depth file (or, without one, with depth from an installed metric depth model); on failure
     * the current scene stays.
     */
    public void open(OpenRequest request) {
        String name = String.valueOf(request.image().getFileName());
        LiftParameters p = pipeline.parameters();
        lift(name, "Could not open " + name, Stage.BACK_PROJECT, p, loader.objectsFrom(request),
                (progress, cancel) -> loader.lift(request, p, progress, cancel), request);
    }

    /** Opens what was dropped on the window: a folder to browse, or an image with its depth and label files. */
    public void openDropped(List<Path> files) {
        DroppedFiles.Outcome outcome = DroppedFiles.sort(files);
        if (outcome.error() != null) {
            notifications.error("Could not open the dropped files", outcome.error());
        } else if (outcome.folder() != null) {
            folder.browse(outcome.folder());
        } else {
            open(outcome.request());
        }
    }

    /** Lifts the scene again with the parameters typed in the pipeline panel, running only the stages they affect. */
    public void applyParameters() {
        LiftParameters p;
        try {
            p = pipeline.typedParameters();
        } catch (InputException e) {
            fail("Could not apply the parameters", e);
            return;
        }
        SceneModel current = model;
        if (current == null) {
            pipeline.showParameters(p);
            status.set("Parameters set; they apply to the next scene opened");
            return;
        }
        Stage first = StageDependencies.firstStale(current.result().parameters(), p);
        if (first == null) {
            status.set("The parameters did not change: nothing to run again");
            return;
        }
        lift(current.title() + " again from " + StageTexts.label(first).toLowerCase(Locale.ROOT),
                "Could not lift again with the new parameters", first, p, current.result().perception().source(),
                (progress, cancel) -> loader.rerun(current, p, progress, cancel), null);
    }

    /**
     * Cancels the running lift at once: the app is free again, the scene on show stays and a notification says so.
     * The worker stops at its next check (between stages, inside long ones); what it was doing that cannot be
     * interrupted (opening a model, one detector run) ends unseen and its result is dropped.
     */
    public void cancel() {
        if (!busy.get()) {
            return;
        }
        cancelRequested.set(true);
        generation++;
        busy.set(false);
        pipeline.abort();
        String stays = model == null ? "no scene was open before" : "the scene on show stays";
        status.set("Cancelled: " + stays);
        notifications.info("Lift cancelled", lifting + " was cancelled; " + stays);
    }

    /** Writes the cloud on show as binary PLY (canonical frame, metres, with instance ids). */
    public void exportPly(Path file) {
        SceneModel current = model;
        if (current == null) {
            notifications.error("Nothing to export", "Open a scene first");
            return;
        }
        executor.execute(() -> SceneExporter.writePly(current, file),
                n -> notifications.info("Exported the point cloud", Formats.format(
                        "%s: %,d points, canonical frame, metres", file, n)),
                e -> fail("Could not export the point cloud", file + ": " + reason(e)
                        + ". Choose a folder you can write to"));
    }

    /** Writes the scene on show as JSON (frame, objects, timings, warnings). */
    public void exportSceneJson(Path file) {
        SceneModel current = model;
        if (current == null) {
            notifications.error("Nothing to export", "Open a scene first");
            return;
        }
        executor.execute(() -> {
            SceneExporter.writeJson(current, file);
            return file;
        }, f -> notifications.info("Exported the scene", f + ": frame, objects, timings and warnings as JSON"),
                e -> fail("Could not export the scene", file + ": " + reason(e) + ". Choose a folder you can write to"));
    }

    /** Work that lifts a scene on the worker thread. */
    @FunctionalInterface
    interface LiftWork {
        SceneModel lift(ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    /** What the worker hands back: the scene, its snapshot and its colours. */
    private record Lifted(SceneModel model, SceneSnapshot snapshot, CloudColours colours) {
    }

    /** Lifts {@code what} ("TUM_color.png", "the built-in sample scene") on the worker; a newer lift replaces it. */
    private void lift(String what, String failureTitle, Stage first, LiftParameters p, String objectsFrom,
                      LiftWork work, OpenRequest recent) {
        cancelRequested.set(true);
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        long run = ++generation;
        busy.set(true);
        lifting = "Lifting " + what;
        status.set(lifting + "…");
        pipeline.begin(first, p, objectsFrom);
        ColourMode mode = preferences.colourModeProperty().get();
        boolean voxels = showVoxels.get();
        ProgressListener progress = (stage, fraction) -> executor.runOnUiThread(() -> {
            if (run == generation) {
                pipeline.stageProgress(stage, fraction);
            }
        });
        executor.execute(() -> {
            SceneModel m = work.lift(progress, cancel::get);
            SceneSnapshot s = SceneSnapshots.from(m);
            return new Lifted(m, s, colours(m, s, mode, voxels));
        }, lifted -> {
            if (run != generation) {
                return;
            }
            busy.set(false);
            show(lifted, first);
            if (recent != null) {
                preferences.addRecent(recent);
            }
        }, failure -> {
            if (run != generation) {
                return;
            }
            busy.set(false);
            pipeline.abort();
            if (isCancellation(failure)) {
                status.set("Cancelled: the scene on show stays");
            } else {
                fail(failureTitle, failure);
            }
        });
    }

    private void show(Lifted lifted, Stage first) {
        model = lifted.model();
        SceneSnapshot s = lifted.snapshot();
        pipeline.finish(model, first);
        objects.show(model, s.objects());
        inspector.show(model);
        qa.show(model, s.objects());
        chat.show(model, s.objects());
        CloudData shown = showVoxels.get() ? s.voxels() : s.cloud();
        shownCloud.set(shown);
        colours.set(lifted.colours());
        scene.set(s);
        if (lifted.colours().mode() != preferences.colourModeProperty().get()
                || lifted.colours().argb().length != shown.count()) {
            recolour();
        }
        status.set(Formats.format("%s — %,d points, %d objects. %s", s.title(), s.cloud().totalPoints(),
                s.objects().size(), s.frame().summary()));
        liftedWith.set(LiftedWith.of(model));
        if (!s.warnings().isEmpty()) {
            notifications.warning(s.title() + ": " + s.warnings().size() + " warning" + (s.warnings().size() == 1 ? "" : "s"),
                    s.warnings().get(0) + (s.warnings().size() > 1 ? " (all in the Pipeline tab)" : ""));
        }
    }

    /** Colours the shown cloud's points in the preferred mode, on the worker thread. */
    private void recolour() {
        SceneModel m = model;
        SceneSnapshot s = scene.get();
        ColourMode mode = preferences.colourModeProperty().get();
        if (m == null || s == null || mode == null) {
            return;
        }
        long run = ++colourGeneration;
        boolean voxels = showVoxels.get();
        executor.execute(() -> colours(m, s, mode, voxels), c -> {
            if (run == colourGeneration && m == model) {
                colours.set(c);
            }
        }, e -> fail("Could not colour the points by " + mode.label().toLowerCase(Locale.ROOT), e));
    }

    private static CloudColours colours(SceneModel m, SceneSnapshot s, ColourMode mode, boolean voxels) {
        return voxels ? CloudColouring.voxelColours(m, s.voxels(), mode) : CloudColouring.colours(m, s.cloud(), mode);
    }

    private void fail(String title, Throwable failure) {
        String message = AppAdvice.message(failure);
        notifications.error(title, message, AppAdvice.actions(failure));
        status.set(title + ": " + message);
        LOG.warn("{}: {}", title, reason(failure), failure instanceof InputException ? null : failure);
    }

    private void fail(String title, String reason) {
        notifications.error(title, reason);
        status.set(title + ": " + reason);
    }

    private static boolean isCancellation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
