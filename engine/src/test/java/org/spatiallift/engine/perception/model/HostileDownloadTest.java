package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import org.spatiallift.engine.io.Advice;

/**
 * Hostile model servers on 127.0.0.1 (issue #9): a body longer than the manifest's size, a Content-Length larger than
 * it, a server that stalls before its headers or in the middle of the body, and redirects to another origin. Each
 * must end the install promptly with a message naming the model and the URL, and leave no oversized part behind.
 * Timeouts are short here (1 s) through {@link DownloadSettings}; the defaults are for real networks.
 */
class HostileDownloadTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(30);
    private static final DownloadSettings SHORT = new DownloadSettings(Duration.ofSeconds(1), Duration.ofSeconds(1),
            DownloadSettings.DEFAULT.maxUnknownBytes());

    @TempDir
    Path dir;

    private final byte[] body = new byte[100_000];
    private final List<HttpServer> servers = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private ModelStore store;

    @BeforeEach
    void setUp() {
        new Random(11).nextBytes(body);
        store = new ModelStore(dir.resolve("cache"));
    }

    @AfterEach
    void stop() {
        release.countDown();
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void bodyLongerThanTheManifestSizeIsCutOffAndThePartDeleted() throws Exception {
        AtomicLong sent = new AtomicLong();
        String url = serve("/model.onnx", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length, the body never ends
            try (OutputStream out = ex.getResponseBody()) {
                byte[] block = new byte[1 << 16];
                while (true) {
                    out.write(block);
                    sent.addAndGet(block.length);
                }
            }
        });
        ModelManifest m = manifest(url, null, body.length, null);

        assertTimeoutPreemptively(PROMPTLY, () -> assertThatThrownBy(() -> install(m))
                .isInstanceOf(ModelException.class).hasMessageContaining("model test-model").hasMessageContaining(url)
                .hasMessageContaining("more than the " + body.length + " bytes").hasMessageContaining("nothing was installed"));
        assertThat(store.folder(m)).as("the part is deleted, and the folder made for it").doesNotExist();
    }

    @Test
    void contentLengthLargerThanTheManifestSizeIsRefusedBeforeTheBody() throws Exception {
        String url = serve("/model.onnx", ex -> {
            ex.sendResponseHeaders(200, 300_000_000L);
            ex.getResponseBody().write(body, 0, 1000);
            ex.getResponseBody().flush();
            await(); // the rest never comes: only a refusal at the headers ends this promptly
        });
        ModelManifest m = manifest(url, null, body.length, null);

        assertTimeoutPreemptively(PROMPTLY, () -> assertThatThrownBy(() -> install(m))
                .hasMessageContaining(url).hasMessageContaining("300000000 bytes")
                .hasMessageContaining("the manifest gives " + body.length).hasMessageContaining("nothing was installed"));
        assertThat(cacheFiles(m)).isEmpty();
    }

    @Test
    void unknownManifestSizeStillStopsAtTheContentLength() throws Exception {
        String url = serve("/model.onnx", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                while (true) {
                    out.write(new byte[1 << 16]);
                }
            }
        });
        ModelManifest m = manifest(url, null, -1, null);
        HttpDownloader small = new HttpDownloader(new DownloadSettings(SHORT.connectTimeout(), SHORT.readTimeout(), 500_000));

        assertTimeoutPreemptively(PROMPTLY, () -> assertThatThrownBy(() -> new ModelInstaller(store, small,
                new NpmModelFetcher(), false).install(m, null, DownloadProgress.NONE))
                .hasMessageContaining(url).hasMessageContaining("more than the 500000 bytes"));
        assertThat(cacheFiles(m)).isEmpty();
    }

    @Test
    void serverStallingBeforeItsHeadersTimesOutWithTheUrlAndWhatToDo() throws Exception {
        String url = serve("/model.onnx", ex -> await());
        ModelManifest m = manifest(url, null, body.length, null);

        assertTimeoutPreemptively(PROMPTLY, () -> assertThatThrownBy(() -> install(m))
                .isInstanceOf(ModelException.class).hasMessageContaining("model test-model").hasMessageContaining(url)
                .hasMessageContaining("did not answer within 1 s").hasMessageContaining("run the install again")
                .satisfies(e -> assertThat(((ModelException) e).advice())
                        .containsExactly(Advice.retryDownload("test-model"))));
    }

    @Test
    void serverStallingInTheBodyTimesOutAndKeepsThePartForAResume() throws Exception {
        String url = serve("/model.onnx", ex -> {
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body, 0, 40_000);
            ex.getResponseBody().flush();
            await();
        });
        ModelManifest m = manifest(url, null, body.length, null);

        assertTimeoutPreemptively(PROMPTLY, () -> assertThatThrownBy(() -> install(m))
                .hasMessageContaining(url).hasMessageContaining("sent no data for 1 s after 40000 bytes")
                .hasMessageContaining("the part is kept").hasMessageContaining("run the install again to resume"));
        assertThat(cacheFiles(m)).containsExactly("model.onnx.part");
    }

    @Test
    void slowButSteadyBodyIsNotCutByTheTimeouts() throws Exception {
        String url = serve("/model.onnx", ex -> {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                for (int off = 0; off < body.length; off += 10_000) {
                    out.write(body, off, 10_000);
                    out.flush();
                    sleep(250); // 2.5 s in all, each gap shorter than the 1 s read timeout
                }
            }
        });
        ModelManifest m = manifest(url, Sha256.of(body), body.length, null);

        InstallResult r = install(m);

        assertThat(r.model().sha256()).containsEntry("model.onnx", Sha256.of(body));
    }

    @Test
    void redirectToAnotherOriginIsRefusedAndNothingFromItIsRecorded() throws Exception {
        String other = serve("/evil.onnx", ex -> send(ex, new byte[] {6, 6, 6}));
        String url = serve("/model.onnx", ex -> redirect(ex, other));
        ModelManifest m = manifest(url, null, -1, null);

        assertThatThrownBy(() -> install(m)).isInstanceOf(ModelException.class).hasMessageContaining("model test-model")
                .hasMessageContaining(url).hasMessageContaining("redirected to " + other)
                .hasMessageContaining("redirect_hosts");
        assertThat(store.folder(m)).doesNotExist();
        assertThat(store.recordedSha256(m, m.files().get(0))).isNull();
    }

    @Test
    void redirectToAListedHostIsStillRefusedOverPlainHttp() throws Exception {
        String other = serve("/evil.onnx", ex -> send(ex, new byte[] {6, 6, 6}));
        String url = serve("/model.onnx", ex -> redirect(ex, other));
        ModelManifest m = manifest(url, null, -1, "[\"127.0.0.1\"]");

        assertThatThrownBy(() -> install(m)).hasMessageContaining("redirected to " + other).hasMessageContaining("https");
        assertThat(cacheFiles(m)).isEmpty();
    }

    @Test
    void redirectWithinTheSameOriginIsFollowed() throws Exception {
        String url = serve("/model.onnx", ex -> redirect(ex, "/blobs/abc"));
        serveOn(servers.get(0), "/blobs/abc", ex -> send(ex, body));
        ModelManifest m = manifest(url, Sha256.of(body), body.length, null);

        InstallResult r = install(m);

        assertThat(r.model().sha256()).containsEntry("model.onnx", Sha256.of(body));
    }

    private InstallResult install(ModelManifest m) throws ModelException {
        return new ModelInstaller(store, new HttpDownloader(SHORT), new NpmModelFetcher(), false).install(m, null,
                DownloadProgress.NONE);
    }

    private String serve(String path, HttpHandler handler) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-server");
            t.setDaemon(true);
            return t;
        }));
        s.start();
        servers.add(s);
        serveOn(s, path, handler);
        return "http://127.0.0.1:" + s.getAddress().getPort() + path;
    }

    private static void serveOn(HttpServer s, String path, HttpHandler handler) {
        s.createContext(path, ex -> {
            try (ex) {
                handler.handle(ex);
            } catch (IOException e) {
                // the client hung up: expected when it refuses the body
            }
        });
    }

    private static void send(HttpExchange ex, byte[] b) throws IOException {
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private void await() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ModelManifest manifest(String url, String sha, long size, String redirectHosts) throws IOException, ModelException {
        Path file = dir.resolve("m.json");
        Files.writeString(file, """
            {"id": "test-model", "role": "metric_depth", "licence": "MIT", "graph": "model.onnx", %s
             "files": [{"name": "model.onnx", "url": "%s", "sha256": %s, "size": %s}],
             "input": {"name": "pixel_values", "shape": [1, 3, 8, 8], "layout": "NCHW"},
             "outputs": [{"name": "predicted_depth", "shape": [1, 8, 8], "unit": "m"}]}
            """.formatted(redirectHosts == null ? "" : "\"redirect_hosts\": " + redirectHosts + ",", url,
                sha == null ? "null" : "\"" + sha + "\"", size < 0 ? "null" : Long.toString(size)));
        return ModelManifests.resolve(file.toString());
    }

    private List<String> cacheFiles(ModelManifest m) throws IOException {
        if (!Files.isDirectory(store.folder(m))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(store.folder(m))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
