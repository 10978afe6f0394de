package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The downloadable metric depth manifests go through the real download code: each built-in manifest, its URL
 * pointed at a file server on 127.0.0.1 and nothing else changed, installs, records the SHA-256 the host does not
 * publish, finds the file in the cache the next time, and refuses a file changed afterwards.
 */
class MetricDepthDownloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final byte[] body = new byte[200_000];
    private LocalHttpServer server;

    @BeforeEach
    void start() throws IOException {
        new Random(11).nextBytes(body);
        server = new LocalHttpServer(body);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"metric3d-vit-small", "depth-anything-v2-metric-hypersim-large",
        "depth-anything-v2-metric-vkitti-large"})
    void builtInManifestDownloadsRecordsTheHashAndChecksItAfterwards(String id) throws Exception {
        ModelManifest builtIn = ModelManifests.resolve(id);
        ModelManifest m = servedFromLoopback(id);
        ModelStore store = new ModelStore(dir.resolve("cache"));

        InstallResult r = new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE);

        assertThat(r.fetched()).containsExactly("model.onnx");
        assertThat(server.paths).containsExactly("/model.onnx");
        assertThat(r.recordedSha256()).containsEntry("model.onnx", Sha256.of(body));
        assertThat(Files.readAllBytes(store.folder(m).resolve("model.onnx"))).isEqualTo(body);
        assertThat(store.locate(m).sha256()).containsEntry("model.onnx", Sha256.of(body));
        assertThat(m.revision()).isEqualTo(builtIn.revision());
        assertThat(new ModelInstaller(store, false).install(m, null, DownloadProgress.NONE).fetched())
                .as("found in the cache").isEmpty();

        Files.write(store.folder(m).resolve("model.onnx"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> store.locate(m)).isInstanceOf(ModelException.class)
                .hasMessageContaining("the hash recorded when it was installed is " + Sha256.of(body));
    }

    /** The built-in manifest with only its file URL changed to the loopback server. */
    private ModelManifest servedFromLoopback(String id) throws IOException, ModelException {
        ObjectNode tree;
        try (InputStream in = ModelManifests.class.getResourceAsStream(ModelManifests.RESOURCE_DIR + id + ".json")) {
            tree = (ObjectNode) JSON.readTree(in);
        }
        ((ObjectNode) tree.path("files").get(0)).put("url", server.url("/model.onnx"));
        Path file = dir.resolve(id + ".json");
        JSON.writeValue(file.toFile(), tree);
        return ModelManifests.resolve(file.toString());
    }
}
