package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.LocalHttpServer;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.model.Sha256;

/**
 * The Models dialog's view model against the engine's file server on 127.0.0.1 (a same-thread executor, so the
 * download runs inside the command): rows, progress, the SHA-256 recorded on first install and shown, cancel leaving
 * the cache clean, remove, the offline switch, errors as notifications, and the choice of mask source.
 */
class ModelsViewModelTest {

    @TempDir
    Path dir;

    private final byte[] body = new byte[300_000];
    private LocalHttpServer server;
    private ModelStore store;
    private NotificationsViewModel notifications;

    @BeforeEach
    void start() throws IOException {
        new Random(3).nextBytes(body);
        server = new LocalHttpServer(body);
        store = new ModelStore(dir.resolve("cache"));
        notifications = new NotificationsViewModel();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rowsListTheBuiltInModelsWithRoleLicenceAndState() {
        ModelsViewModel vm = new ModelsViewModel(new SameThreadExecutor(), notifications, store);

        assertThat(vm.rows()).extracting(ModelRow::id).contains("mobilesam-box-segmenter", "clip-vit-base-patch32");
        ModelRow sam = row(vm, "mobilesam-box-segmenter");
        assertThat(sam.role()).isEqualTo("box_segmenter");
        assertThat(sam.licence()).contains("Apache-2.0");
        assertThat(sam.installedProperty().get()).isFalse();
        assertThat(sam.sizeProperty().get()).isEqualTo("size unknown until downloaded");
        assertThat(sam.sha256Property().get()).contains("mobile_sam_image_encoder.onnx: not known yet: recorded on first install");
        assertThat(vm.masksChoiceProperty().get()).contains("GrabCut and depth (no box segmenter installed)");
        assertThat(vm.sceneFilterChoiceProperty().get()).isEqualTo("Scene filter: rules (no CLIP model installed)");
        assertThat(vm.cacheFolder()).isEqualTo(store.root().toString());
    }

    @Test
    void downloadShowsProgressRecordsTheSha256AndNotifies() throws Exception {
        ModelsViewModel vm = viewModel();
        ModelRow row = vm.rows().get(0);
        List<Double> progress = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        row.progressProperty().addListener((o, a, now) -> progress.add(now.doubleValue()));
        row.statusProperty().addListener((o, a, now) -> statuses.add(now));

        vm.download(row);

        String sha = Sha256.of(body);
        assertThat(row.installedProperty().get()).isTrue();
        assertThat(row.busyProperty().get()).isFalse();
        assertThat(row.statusProperty().get()).startsWith("installed in ");
        assertThat(row.sizeProperty().get()).isEqualTo("0.3 MB on disk");
        assertThat(row.sha256Property().get()).isEqualTo("model.onnx: " + sha + " (recorded on first install)");
        assertThat(progress).isNotEmpty().allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(statuses).anyMatch(s -> s.matches("downloading model\\.onnx: [0-9.]+ of 0\\.3 MB \\([0-9.]+ MB/s\\)"));
        Notification n = notifications.items().get(notifications.items().size() - 1);
        assertThat(n.kind()).isEqualTo(Notification.Kind.INFO);
        assertThat(n.title()).isEqualTo("Installed test-model");
        assertThat(n.message()).contains("SHA-256 recorded on first install").contains(sha);
        assertThat(notifications.lastError()).isNull();
    }

    @Test
    void cancelStopsTheDownloadAndLeavesTheCacheClean() throws Exception {
        server.holdAt = 100_000;
        ModelsViewModel vm = viewModel();
        ModelRow row = vm.rows().get(0);
        row.statusProperty().addListener((o, a, now) -> {
            if (now.startsWith("downloading")) {
                vm.cancel(row);
            }
        });

        vm.download(row);

        assertThat(row.installedProperty().get()).isFalse();
        assertThat(row.busyProperty().get()).isFalse();
        assertThat(row.statusProperty().get()).isEqualTo("cancelled: nothing was installed");
        assertThat(Files.exists(store.folder(row.manifest()))).as("no file, part or folder left in the cache").isFalse();
        assertThat(notifications.lastError()).isNull();
        assertThat(notifications.items()).anyMatch(n -> n.title().equals("Cancelled the download of test-model")
                && n.message().contains("nothing was installed"));
    }

    @Test
    void removeDeletesTheModelAndSaysHowMuchWasFreed() throws Exception {
        ModelsViewModel vm = viewModel();
        ModelRow row = vm.rows().get(0);
        vm.download(row);

        vm.remove(row);

        assertThat(row.installedProperty().get()).isFalse();
        assertThat(row.statusProperty().get()).isEqualTo("not installed");
        assertThat(row.sha256Property().get()).contains("not known yet");
        assertThat(Files.exists(store.folder(row.manifest()))).isFalse();
        Notification n = notifications.items().get(notifications.items().size() - 1);
        assertThat(n.title()).isEqualTo("Removed test-model");
        assertThat(n.message()).matches("0\\.3 MB freed in .*test-model");
    }

    @Test
    void offlineSwitchRefusesTheDownloadWithAnErrorNotificationThatSaysWhatToDo() throws Exception {
        ModelsViewModel vm = viewModel();
        ModelRow row = vm.rows().get(0);
        vm.offlineProperty().set(true);

        vm.download(row);

        assertThat(server.paths).isEmpty();
        assertThat(row.installedProperty().get()).isFalse();
        assertThat(row.statusProperty().get()).isEqualTo("failed: see the notification");
        Notification error = notifications.lastError();
        assertThat(error.title()).isEqualTo("Could not install test-model");
        assertThat(error.message()).contains("offline mode is on")
                .contains("Untick “Offline: never download” in Models › Models… and press Download for test-model")
                .doesNotContain("--").doesNotContain("bin/spatiallift");
    }

    @Test
    void serverErrorBecomesAnErrorNotificationAndInstallsNothing() throws Exception {
        server.errorStatus = 404;
        ModelsViewModel vm = viewModel();
        ModelRow row = vm.rows().get(0);

        vm.download(row);

        assertThat(notifications.lastError().message()).contains("answered HTTP 404").contains("nothing was installed");
        assertThat(row.installedProperty().get()).isFalse();
        assertThat(row.busyProperty().get()).isFalse();
    }

    @Test
    void anInstalledSegmenterBecomesTheMaskChoice() throws Exception {
        ModelsViewModel vm = new ModelsViewModel(new SameThreadExecutor(), notifications, store);
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.samEncoder(), export.resolve("mobile_sam_image_encoder.onnx"));
        StandInModels.write(StandInModels.samDecoder(), export.resolve("sam_mask_decoder_single.onnx"));
        StandInModels.install(ModelManifests.resolve("mobilesam-box-segmenter"), store, export);

        vm.refresh();

        assertThat(vm.masksChoiceProperty().get())
                .isEqualTo("Masks of detections: mobilesam-box-segmenter and depth (installed box segmenter)");
        ModelRow sam = row(vm, "mobilesam-box-segmenter");
        assertThat(sam.installedProperty().get()).isTrue();
        assertThat(sam.sizeProperty().get()).endsWith("MB on disk");
        assertThat(sam.sha256Property().get()).contains("(recorded on first install)");
    }

    private ModelsViewModel viewModel() throws IOException, ModelException {
        return new ModelsViewModel(new SameThreadExecutor(), notifications, store, List.of(manifest()));
    }

    /** A one-file model served by the local server, without a SHA-256 (recorded on first install). */
    private ModelManifest manifest() throws IOException, ModelException {
        Path file = dir.resolve("test-model.json");
        Files.writeString(file, """
            {"id": "test-model", "role": "metric_depth", "licence": "MIT", "graph": "model.onnx",
             "files": [{"name": "model.onnx", "url": "%s", "sha256": null, "size": %d}],
             "input": {"name": "pixel_values", "shape": [1, 3, 8, 8], "layout": "NCHW"},
             "outputs": [{"name": "predicted_depth", "shape": [1, 8, 8], "unit": "m"}]}
            """.formatted(server.url("/model.onnx"), body.length));
        return ModelManifests.resolve(file.toString());
    }

    private static ModelRow row(ModelsViewModel vm, String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
