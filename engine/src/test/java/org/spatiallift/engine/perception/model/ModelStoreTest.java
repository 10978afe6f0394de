package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests resolve deterministically; a missing or altered model file names the file and the fetch command. */
class ModelStoreTest {

    @TempDir
    Path dir;

    @Test
    void builtInDetectorManifestDescribesTheNpmFiles() throws ModelException {
        ModelManifest m = ModelManifests.resolve(ModelManifests.DEFAULT_DETECTOR);

        assertThat(m.role()).isEqualTo(ModelManifest.OBJECT_DETECTOR);
        assertThat(m.npmPackage()).isEqualTo("@vladmandic/human@3.3.6");
        assertThat(m.licence()).isEqualTo("MIT");
        assertThat(m.files()).extracting(ModelFile::pathInPackage).containsExactly("models/centernet.json", "models/centernet.bin");
        assertThat(m.inputShape()).containsExactly(1, 512, 512, 3);
        assertThat(m.outputNames()).containsExactly("tower_0/keypoints", "tower_0/wh");
        assertThat(m.stride()).isEqualTo(4);
    }

    @Test
    void unknownIdListsTheBuiltInModels() {
        assertThatThrownBy(() -> ModelManifests.resolve("yolo")).isInstanceOf(ModelException.class)
                .hasMessageContaining("yolo").hasMessageContaining(ModelManifests.DEFAULT_DETECTOR);
    }

    @Test
    void missingModelFileNamesItAndTheFetchCommand() throws ModelException {
        ModelStore store = new ModelStore(dir);
        ModelManifest m = ModelManifests.resolve(ModelManifests.DEFAULT_DETECTOR);

        assertThat(store.isDownloaded(m)).isFalse();
        assertThatThrownBy(() -> store.locate(m)).isInstanceOf(ModelException.class)
                .hasMessageContaining(dir.resolve(m.id()).resolve("centernet.json").toString())
                .hasMessageContaining("not found").hasMessageContaining("bin/spatiallift models fetch-detector");
    }

    @Test
    void alteredModelFileIsRefusedWithBothHashes() throws IOException, ModelException {
        ModelManifest m = manifest(dir.resolve("m.json"), "hello".getBytes());
        ModelStore store = new ModelStore(dir.resolve("cache"));
        Files.createDirectories(store.folder(m));
        Files.writeString(store.folder(m).resolve("model.onnx"), "HELLO");

        assertThatThrownBy(() -> store.locate(m)).hasMessageContaining("SHA-256 is " + Sha256.of("HELLO".getBytes()))
                .hasMessageContaining(Sha256.of("hello".getBytes()));
    }

    @Test
    void fileChangedAfterALocateIsHashedAgainAndRefused() throws IOException, ModelException {
        ModelManifest m = manifest(dir.resolve("m2.json"), "hello".getBytes());
        ModelStore store = new ModelStore(dir.resolve("cache2"));
        Files.createDirectories(store.folder(m));
        Path file = store.folder(m).resolve("model.onnx");
        Files.writeString(file, "hello");
        assertThat(store.locate(m).sha256()).containsEntry("model.onnx", Sha256.of("hello".getBytes()));

        // same size (the manifest's size check would catch any other), a later modification time
        Files.writeString(file, "jello");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));

        assertThatThrownBy(() -> store.locate(m)).hasMessageContaining("SHA-256 is " + Sha256.of("jello".getBytes()));
    }

    @Test
    void fileOfTheWrongSizeIsRefusedBeforeItIsHashed() throws IOException, ModelException {
        ModelManifest m = manifest(dir.resolve("m3.json"), "hello".getBytes());
        ModelStore store = new ModelStore(dir.resolve("cache3"));
        Files.createDirectories(store.folder(m));
        Files.writeString(store.folder(m).resolve("model.onnx"), "hel");

        assertThatThrownBy(() -> store.locate(m)).hasMessageContaining("model.onnx: has 3 bytes, the manifest gives 5")
                .hasMessageContaining("truncated");
    }

    @Test
    void tarReaderFindsFilesByFullName() throws IOException, ModelException {
        Path tgz = FakeNpm.tarball(dir.resolve("p.tgz"), "package/models/a.bin", new byte[700], "package/README.md", "hi".getBytes());
        var found = TarGz.extract(tgz, "test archive", Map.of("package/models/a.bin", new TarGz.Wanted(dir.resolve("a"), 1000),
                "package/none", new TarGz.Wanted(dir.resolve("none"), 1000)));
        assertThat(found).containsOnly("package/models/a.bin");
        assertThat(dir.resolve("a")).hasSize(700);
        assertThat(dir.resolve("none")).doesNotExist();
    }

    /** A one-file ONNX-format manifest whose file has {@code content}, from the made-up npm package "fake@1.0.0". */
    static ModelManifest manifest(Path file, byte[] content) throws IOException, ModelException {
        return manifest(file, content, content.length);
    }

    /** {@link #manifest(Path, byte[])} with another size in the manifest. */
    static ModelManifest manifest(Path file, byte[] content, long size) throws IOException, ModelException {
        Files.writeString(file, """
            {"id": "fake-model", "role": "object_detector", "licence": "MIT", "package": "npm:fake@1.0.0", "format": "onnx",
             "graph": "model.onnx",
             "files": [{"name": "model.onnx", "source": "npm:fake@1.0.0:models/model.onnx", "sha256": "%s", "size": %d}],
             "input": {"name": "x", "shape": [1, 8, 8, 3]}, "outputs": [{"name": "heat"}, {"name": "wh"}],
             "decoder": {"stride": 4, "top_k": 10, "labels": "/org/spatiallift/resources/labels/coco-80.txt"}}
            """.formatted(Sha256.of(content), size));
        return ModelManifests.resolve(file.toString());
    }
}
