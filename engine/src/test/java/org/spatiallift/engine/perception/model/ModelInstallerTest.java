package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads against a file server on 127.0.0.1: a clean install with progress, resume of an interrupted download
 * with a Range request, server ignoring ranges, wrong hash, HTTP 500, unknown hash recorded on first install and
 * checked later, offline mode, a local file with --from; the cache never holds a half-written model file.
 */
class ModelInstallerTest {

    @TempDir
    Path dir;

    private final byte[] body = new byte[300_000];
    private LocalHttpServer server;
    private ModelStore store;

    @BeforeEach
    void start() throws IOException {
        new Random(7).nextBytes(body);
        server = new LocalHttpServer(body);
        store = new ModelStore(dir.resolve("cache"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void installDownloadsVerifiesAndReportsProgress() throws Exception {
        ModelManifest m = manifest(Sha256.of(body), body.length);
        List<long[]> updates = new ArrayList<>();

        InstallResult r = new ModelInstaller(store, false).install(m, null, (f, bytes, total, rate) -> updates.add(new long[] {bytes, total}));

        assertThat(r.fetched()).containsExactly("model.onnx");
        assertThat(Files.readAllBytes(store.folder(m).resolve("model.onnx"))).isEqualTo(body);
        assertThat(r.model().sha256()).containsEntry("model.onnx", Sha256.of(body));
        assertThat(updates).isNotEmpty();
        assertThat(updates.get(updates.size() - 1)).containsExactly(body.length, body.length);
        assertThat(cacheFiles(m)).containsExactly("model.onnx");
        // a second install finds it in the cache and fetches nothing
        assertThat(new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE).fetched()).isEmpty();
        assertThat(server.paths).hasSize(1);
    }

    @Test
    void interruptedDownloadKeepsOnlyThePartAndTheNextInstallResumesIt() throws Exception {
        ModelManifest m = manifest(Sha256.of(body), body.length);
        server.truncateAt = 100_000;

        assertThatThrownBy(() -> new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE))
                .isInstanceOf(ModelException.class).hasMessageContaining("broke off")
                .hasMessageContaining("Run the install again to resume");
        assertThat(cacheFiles(m)).containsExactly("model.onnx.part");
        assertThatThrownBy(() -> store.locate(m)).hasMessageContaining("model file not found");

        server.truncateAt = -1;
        InstallResult r = new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE);

        assertThat(server.rangeHeaders).hasSize(1);
        assertThat(server.rangeHeaders.get(0)).matches("bytes=\\d+-").isNotEqualTo("bytes=0-");
        assertThat(r.model().sha256()).containsEntry("model.onnx", Sha256.of(body));
        assertThat(cacheFiles(m)).containsExactly("model.onnx");
    }

    @Test
    void serverIgnoringRangesStartsOver() throws Exception {
        ModelManifest m = manifest(Sha256.of(body), body.length);
        Files.createDirectories(store.folder(m));
        Files.write(store.folder(m).resolve("model.onnx.part"), new byte[] {1, 2, 3});
        server.ranges = false;

        new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE);

        assertThat(Files.readAllBytes(store.folder(m).resolve("model.onnx"))).isEqualTo(body);
    }

    @Test
    void wrongHashInstallsNothingAndNamesBothHashes() throws Exception {
        String other = Sha256.of(new byte[] {42});
        ModelManifest m = manifest(other, body.length);

        assertThatThrownBy(() -> new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE))
                .hasMessageContaining(Sha256.of(body)).hasMessageContaining(other).hasMessageContaining("nothing was installed");
        assertThat(cacheFiles(m)).isEmpty();
    }

    @Test
    void serverErrorInstallsNothing() throws Exception {
        ModelManifest m = manifest(Sha256.of(body), body.length);
        server.errorStatus = 500;

        assertThatThrownBy(() -> new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE))
                .hasMessageContaining("HTTP 500").hasMessageContaining(server.url("/model.onnx"))
                .hasMessageContaining("nothing was installed");
        assertThat(cacheFiles(m)).isEmpty();
    }

    @Test
    void unknownHashIsRecordedOnFirstInstallAndCheckedAfterwards() throws Exception {
        ModelManifest m = manifest(null, -1);

        InstallResult r = new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE);

        assertThat(r.recordedSha256()).containsEntry("model.onnx", Sha256.of(body));
        assertThat(store.recordedSha256(m, m.files().get(0))).isEqualTo(Sha256.of(body));
        assertThat(store.locate(m).sha256()).containsEntry("model.onnx", Sha256.of(body));
        Files.write(store.folder(m).resolve("model.onnx"), new byte[] {1});
        assertThatThrownBy(() -> store.locate(m)).hasMessageContaining("the hash recorded when it was installed is "
                + Sha256.of(body));
    }

    @Test
    void offlineModeRefusesToDownloadAndSaysWhatToDo() throws Exception {
        ModelManifest m = manifest(Sha256.of(body), body.length);

        assertThatThrownBy(() -> new ModelInstaller(store, true).install(m, null, DownloadProgress.NONE))
                .isInstanceOf(ModelException.class).hasMessageContaining("model test-model is not installed")
                .hasMessageContaining("offline").hasMessageContaining(store.folder(m).toString())
                .hasMessageContaining("models install test-model");
        assertThat(server.paths).isEmpty();
        assertThat(Files.exists(store.folder(m).resolve("model.onnx"))).isFalse();
    }

    @Test
    void offlineInstallFromALocalFileWorksAndIsVerified() throws Exception {
        ModelManifest m = manifest(Sha256.of(body), body.length);
        Path local = Files.write(dir.resolve("copy.onnx"), body);
        Path bad = Files.write(dir.resolve("bad.onnx"), new byte[body.length]);

        assertThatThrownBy(() -> new ModelInstaller(store, true).install(m, bad.toString(), DownloadProgress.NONE))
                .hasMessageContaining("SHA-256");
        assertThat(cacheFiles(m)).isEmpty();
        new ModelInstaller(store, true).install(m, local.toString(), DownloadProgress.NONE);

        assertThat(server.paths).isEmpty();
        assertThat(Files.readAllBytes(store.folder(m).resolve("model.onnx"))).isEqualTo(body);
    }

    @Test
    void manifestWithoutSourceAsksForAFile() throws Exception {
        Path file = dir.resolve("nosrc.json");
        Files.writeString(file, manifestJson("null", "null", "null"));
        ModelManifest m = ModelManifests.resolve(file.toString());

        assertThatThrownBy(() -> new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE))
                .hasMessageContaining("no download source").hasMessageContaining("--from FILE");
    }

    @Test
    void cancelDuringTheDownloadDeletesThePartAndInstallsNothing() throws Exception {
        ModelManifest m = manifest(null, body.length);
        server.holdAt = 100_000;
        AtomicBoolean cancel = new AtomicBoolean();

        assertThatThrownBy(() -> new ModelInstaller(store, false).install(m, null, (f, bytes, total, rate) -> cancel.set(true),
                cancel::get)).isInstanceOf(DownloadCancelledException.class).hasMessageContaining("cancelled after")
                .hasMessageContaining("nothing was installed");

        assertThat(Files.exists(store.folder(m))).as("no model folder is left behind").isFalse();
        assertThat(store.isDownloaded(m)).isFalse();
    }

    @Test
    void cancelFromAnotherThreadEndsAReadWaitingOnAStalledServer() throws Exception {
        ModelManifest m = manifest(null, body.length);
        server.holdAt = 100_000;
        DownloadCancel cancel = new DownloadCancel();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread download = new Thread(() -> {
            try {
                new ModelInstaller(store, false).install(m, null, (f, bytes, total, rate) -> started.countDown(), cancel);
            } catch (ModelException e) {
                outcome.set(e);
            }
        });
        download.start();
        assertThat(started.await(60, TimeUnit.SECONDS)).as("the download started").isTrue();

        cancel.cancel();
        download.join(TimeUnit.SECONDS.toMillis(60));

        // the server still holds the connection open: only closing the stream can have ended the read
        assertThat(download.isAlive()).as("the download ended while the server stalled").isFalse();
        assertThat(outcome.get()).isInstanceOf(DownloadCancelledException.class);
        assertThat(Files.exists(store.folder(m))).isFalse();
    }

    @Test
    void removeDeletesTheFilesTheRecordedHashAndTheFolder() throws Exception {
        ModelManifest m = manifest(null, body.length);
        new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE);
        assertThat(store.installedBytes(m)).isEqualTo(body.length);
        assertThat(store.recordedSha256(m, m.files().get(0))).isEqualTo(Sha256.of(body));

        long freed = store.remove(m);

        assertThat(freed).isGreaterThanOrEqualTo(body.length);
        assertThat(Files.exists(store.folder(m))).isFalse();
        assertThat(store.isDownloaded(m)).isFalse();
        assertThat(store.installedBytes(m)).isZero();
    }

    private ModelManifest manifest(String sha, long size) throws IOException, ModelException {
        Path file = dir.resolve("m.json");
        Files.writeString(file, manifestJson("\"" + server.url("/model.onnx") + "\"", sha == null ? "null" : "\"" + sha + "\"",
                size < 0 ? "null" : Long.toString(size)));
        return ModelManifests.resolve(file.toString());
    }

    private static String manifestJson(String url, String sha, String size) {
        return """
            {"id": "test-model", "role": "metric_depth", "licence": "MIT", "graph": "model.onnx",
             "files": [{"name": "model.onnx", "url": %s, "sha256": %s, "size": %s}],
             "input": {"name": "pixel_values", "shape": [1, 3, 8, 8], "layout": "NCHW"},
             "outputs": [{"name": "predicted_depth", "shape": [1, 8, 8], "unit": "m"}]}
            """.formatted(url, sha, size);
    }

    private List<String> cacheFiles(ModelManifest m) throws IOException {
        if (!Files.isDirectory(store.folder(m))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(store.folder(m))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".sha256")).sorted().toList();
        }
    }
}
