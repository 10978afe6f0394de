package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.app.task.TaskExecutor;
import org.spatiallift.engine.perception.model.DownloadCancel;
import org.spatiallift.engine.perception.model.DownloadCancelledException;
import org.spatiallift.engine.perception.model.InstallResult;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelFile;
import org.spatiallift.engine.perception.model.ModelInstaller;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.model.OfflineMode;

/**
 * The Models dialog: every built-in model with its role, whether it is installed, its size, licence and SHA-256;
 * download (with progress and cancel; a cancelled download leaves the cache as it was) and remove; the offline switch
 * (nothing downloads while it is on); and which mask source and scene filter the next lift will use. Downloads run
 * through the {@link TaskExecutor}; errors become notifications that name the model, the problem and what to do.
 */
public final class ModelsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ModelsViewModel.class);
    private static final double MB = 1e6;

    private final TaskExecutor executor;
    private final NotificationsViewModel notifications;
    private final ModelStore store;
    private Runnable onModelsChanged = () -> { };

    // Properties
    private final ObservableList<ModelRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ModelRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty offline = new SimpleBooleanProperty(OfflineMode.isOn());
    private final ReadOnlyStringWrapper masksChoice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sceneFilterChoice = new ReadOnlyStringWrapper("");

    /** The built-in models in {@code store}. */
    public ModelsViewModel(TaskExecutor executor, NotificationsViewModel notifications, ModelStore store) {
        this(executor, notifications, store, builtIn(notifications));
    }

    /** These models (tests: manifests that download from a local server). */
    ModelsViewModel(TaskExecutor executor, NotificationsViewModel notifications, ModelStore store,
            List<ModelManifest> manifests) {
        this.executor = executor;
        this.notifications = notifications;
        this.store = store;
        manifests.forEach(m -> rows.add(new ModelRow(m)));
        refresh();
    }

    private static List<ModelManifest> builtIn(NotificationsViewModel notifications) {
        try {
            return ModelManifests.builtIn();
        } catch (ModelException e) {
            LOG.error("built-in model manifests cannot be read", e);
            notifications.error("Could not list the models", e.getMessage());
            return List.of();
        }
    }

    /** The built-in models, in the index order. */
    public ObservableList<ModelRow> rows() {
        return readOnlyRows;
    }

    /** When on, nothing is downloaded (also on when {@value OfflineMode#PROPERTY} or {@value OfflineMode#ENV} say so). */
    public BooleanProperty offlineProperty() {
        return offline;
    }

    /** Which masks a lift with detections uses, and why. */
    public ReadOnlyStringProperty masksChoiceProperty() {
        return masksChoice.getReadOnlyProperty();
    }

    /** Which scene filter a lift uses, and why. */
    public ReadOnlyStringProperty sceneFilterChoiceProperty() {
        return sceneFilterChoice.getReadOnlyProperty();
    }

    /** The cache folder the models are installed into. */
    public String cacheFolder() {
        return store.root().toString();
    }

    /** Called on the UI thread after a model was installed or removed (the lift chooses its models again). */
    void setOnModelsChanged(Runnable onModelsChanged) {
        this.onModelsChanged = onModelsChanged;
    }

    // Commands

    /** Reads the cache again: installed, sizes, hashes and the choices. */
    public void refresh() {
        for (ModelRow r : rows) {
            if (!r.busyProperty().get()) {
                showState(r);
            }
        }
        updateChoices();
    }

    /** Downloads the row's model in the background, with progress; a second call while it runs does nothing. */
    public void download(ModelRow row) {
        if (row.busyProperty().get()) {
            return;
        }
        ModelManifest m = row.manifest();
        DownloadCancel cancel = row.newCancel();
        row.busy(true);
        row.progress(0, "starting the download…");
        boolean offlineNow = offline.get();
        executor.execute(() -> new ModelInstaller(store, offlineNow).install(m, null,
                        (file, bytes, total, rate) -> executor.runOnUiThread(() -> showProgress(row, file, bytes, total, rate)),
                        cancel),
                result -> installed(row, result),
                error -> failed(row, "Could not install " + m.id(), error));
    }

    /**
     * Stops the row's download (at once, even on a stalled connection); the partial file and the files it fetched
     * are deleted.
     */
    public void cancel(ModelRow row) {
        if (row.busyProperty().get()) {
            row.status("cancelling…");
            row.cancel().cancel();
        }
    }

    /** Deletes the row's model from the cache. */
    public void remove(ModelRow row) {
        if (row.busyProperty().get()) {
            return;
        }
        ModelManifest m = row.manifest();
        row.busy(true);
        row.status("removing…");
        executor.execute(() -> store.remove(m), freed -> {
            row.busy(false);
            showState(row);
            updateChoices();
            notifications.info("Removed " + m.id(), Formats.format("%.1f MB freed in %s", freed / MB,
                    store.folder(m)));
            onModelsChanged.run();
        }, error -> failed(row, "Could not remove " + m.id(), error));
    }

    private void installed(ModelRow row, InstallResult result) {
        row.busy(false);
        showState(row);
        updateChoices();
        ModelManifest m = row.manifest();
        String recorded = result.recordedSha256().isEmpty() ? "SHA-256 checked against the manifest"
                : "SHA-256 recorded on first install (checked on every later load): " + String.join(", ",
                        result.recordedSha256().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        notifications.info("Installed " + m.id(), (result.fetched().isEmpty() ? "already in the cache; "
                : Formats.format("%.1f MB in %s; ", store.installedBytes(m) / MB, store.folder(m))) + recorded);
        onModelsChanged.run();
    }

    private void failed(ModelRow row, String title, Throwable error) {
        row.busy(false);
        showState(row);
        updateChoices();
        if (error instanceof DownloadCancelledException) {
            row.status("cancelled: nothing was installed");
            notifications.info("Cancelled the download of " + row.id(), error.getMessage());
            return;
        }
        if (error instanceof ModelException) {
            LOG.warn("{}: {}", title, error.getMessage());
        } else {
            LOG.error("{}", title, error);
        }
        row.status("failed: see the notification");
        notifications.error(title, error instanceof ModelException ? AppAdvice.message(error)
                : row.id() + ": " + error + ". Try again; if it keeps failing, report it with the log");
    }

    private void showProgress(ModelRow row, String file, long bytes, long total, double rate) {
        if (!row.busyProperty().get() || row.cancel().isCancelled()) {
            return;
        }
        String name = file.endsWith(".part") ? file.substring(0, file.length() - ".part".length()) : file;
        String text = total > 0
                ? Formats.format("downloading %s: %.1f of %.1f MB (%.1f MB/s)", name, bytes / MB, total / MB, rate / MB)
                : Formats.format("downloading %s: %.1f MB (%.1f MB/s)", name, bytes / MB, rate / MB);
        row.progress(total > 0 ? Math.min(1, (double) bytes / total) : -1, text);
    }

    private void showState(ModelRow r) {
        ModelManifest m = r.manifest();
        boolean installed = store.isDownloaded(m);
        long known = m.knownSizeBytes();
        boolean allKnown = m.files().stream().allMatch(ModelFile::sizeKnown);
        String size = installed ? Formats.format("%.1f MB on disk", store.installedBytes(m) / MB)
                : allKnown ? Formats.format("download %.1f MB", known / MB) : "size unknown until downloaded";
        List<String> sha = new ArrayList<>();
        for (ModelFile f : m.files()) {
            String recorded = store.recordedSha256(m, f);
            sha.add(f.name() + ": " + (f.sha256() != null ? f.sha256() + " (pinned in the manifest)"
                    : recorded != null ? recorded + " (recorded on first install)" : "not known yet: recorded on first install"));
        }
        boolean downloadable = m.files().stream().allMatch(f -> f.source() != null);
        String status = installed ? "installed in " + store.folder(m)
                : downloadable ? "not installed" : "not installed: no download source (see below)";
        r.show(installed, size, String.join("\n", sha), status, store.fetchRemedy(m));
    }

    private void updateChoices() {
        try {
            ModelManifest seg = store.firstInstalled(ModelRole.BOX_SEGMENTER);
            masksChoice.set(seg == null ? "Masks of detections: GrabCut and depth (no box segmenter installed)"
                    : "Masks of detections: " + seg.id() + " and depth (installed box segmenter)");
            ModelManifest clip = store.firstInstalled(ModelRole.IMAGE_TEXT_EMBEDDING);
            sceneFilterChoice.set(clip == null ? "Scene filter: rules (no CLIP model installed)"
                    : "Scene filter: " + clip.id() + " (installed CLIP model)");
        } catch (ModelException e) {
            LOG.error("built-in model manifests cannot be read", e);
        }
    }
}
