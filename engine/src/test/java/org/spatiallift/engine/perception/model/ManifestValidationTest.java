package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad manifest is refused with the file and the field named; a user's manifest reads like a built-in one. */
class ManifestValidationTest {

    private static final String GOOD = """
        {"id": "my-depth", "role": "metric_depth", "licence": "Apache-2.0", "graph": "model.onnx",
         "spec_source": "https://example.org/card", "revision": "abc",
         "files": [{"name": "model.onnx", "url": "https://example.org/resolve/abc/model.onnx", "sha256": null, "size": 1000}],
         "input": {"name": "pixel_values", "shape": [1, 3, 518, 518], "layout": "NCHW", "resize": "stretch",
                   "scale": 0.00392156862745098, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
         "outputs": [{"name": "predicted_depth", "shape": [1, 518, 518], "layout": "NHW", "unit": "m"}]}
        """;

    @TempDir
    Path dir;

    @Test
    void userManifestReadsWithRoleSpecAndNormalisation() throws Exception {
        ModelManifest m = ModelManifests.resolve(write(GOOD).toString());

        assertThat(m.role()).isEqualTo(ModelRole.METRIC_DEPTH);
        assertThat(m.specSource()).isEqualTo("https://example.org/card");
        assertThat(m.files().get(0).sha256()).isNull();
        assertThat(m.files().get(0).isUrl()).isTrue();
        TensorSpec in = m.mainGraph().inputs().get(0);
        assertThat(in.dim('H')).isEqualTo(518);
        assertThat(in.normalisation().apply(0, 255)).isCloseTo((float) ((1 - 0.485) / 0.229), org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(m.mainGraph().outputs().get(0).unit()).isEqualTo("m");
    }

    @Test
    void builtInDetectorStillReadsInTheOldForm() throws Exception {
        ModelManifest m = ModelManifests.resolve(ModelManifests.DEFAULT_DETECTOR);
        assertThat(m.role()).isEqualTo(ModelManifest.OBJECT_DETECTOR);
        assertThat(m.inputWidth()).isEqualTo(512);
        assertThat(m.topK()).isEqualTo(100);
        assertThat(m.labelsResource()).endsWith("coco-80.txt");
    }

    @Test
    void everyBuiltInManifestReadsAndEveryRoleHasOne() throws Exception {
        var all = ModelManifests.builtIn();
        assertThat(all).extracting(ModelManifest::role).contains(ModelRole.values());
        for (ModelManifest m : all) {
            assertThat(m.specSource()).as(m.id()).isNotBlank();
            assertThat(m.licence()).as(m.id()).isNotBlank();
            for (ModelFile f : m.files()) {
                if (f.isUrl()) {
                    assertThat(f.source()).as(m.id()).startsWith("https://huggingface.co/").contains("/resolve/");
                    // the hub answers with a redirect to its file CDN: without these hosts no download would work
                    assertThat(m.redirectHosts()).as(m.id()).contains("*.hf.co");
                    if (m.revision() != null) {
                        assertThat(m.revision()).as(m.id()).matches("[0-9a-f]{40}");
                        assertThat(f.source()).as(m.id()).contains("/resolve/" + m.revision() + "/");
                    } else {
                        assertThat(m.specSource()).as(m.id() + " says why it follows a branch").contains("recorded on first install");
                    }
                }
            }
        }
        // issue #9: these followed the moving main branch; now pinned to a commit
        for (String pinned : new String[] {"clip-vit-base-patch32", "vit-gpt2-image-captioning"}) {
            assertThat(ModelManifests.resolve(pinned).revision()).as(pinned).isNotNull();
        }
        assertThat(ModelManifests.resolve("depth-anything-v2-metric-indoor-small").mainGraph().outputs().get(0).unit()).isEqualTo("m");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        "role": "metric_depth"            | "role": "depth"          | field "role"
        "sha256": null                    | "sha256": "ABC"            | field "files[0].sha256"
        "shape": [1, 3, 518, 518]         | "shape": "big"             | field "input.shape"
        "graph": "model.onnx"             | "graph": "other.onnx"      | field "graph"
        "layout": "NCHW"                  | "layout": "NHWCX"          | field "input.layout"
        "std": [0.229, 0.224, 0.225]      | "std": [0.229, 0, 0.225]   | field "input.mean/std/scale"
        "id": "my-depth"                  | "id": "My Depth"           | field "id"
        "licence": "Apache-2.0"           | "licence": ""              | field "licence" must be a non-empty string
        "size": 1000                      | "size": -5                 | field "files[0].size"
        "url": "https://example.org/resolve/abc/model.onnx" | "url": "ftp://x" | field "files[0]"
        "revision": "abc"                 | "revision": "abc", "redirect_hosts": ["https://cdn.example.org"] | field "redirect_hosts[0]"
        "revision": "abc"                 | "revision": "abc", "redirect_hosts": ["*"] | field "redirect_hosts[0]"
        "revision": "abc"                 | "revision": "abc", "redirect_hosts": "cdn.example.org" | field "redirect_hosts"
        """)
    void badFieldIsNamedWithTheFile(String good, String bad, String expected) throws IOException {
        assertThat(GOOD).contains(good);
        Path file = write(GOOD.replace(good, bad));

        assertThatThrownBy(() -> ModelManifests.resolve(file.toString())).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(expected);
    }

    /** Names that are not portable file names (Windows included) are refused with the manifest and the field. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        C:model.onnx       | colon
        model\\u0000.onnx  | control character U+0000
        model\\u001b[31m.onnx | control character U+001B
        CON                | reserved on Windows
        nul.onnx           | reserved on Windows
        Com1.bin           | reserved on Windows
        lpt9               | reserved on Windows
        ../model.onnx      | plain file name
        ..                 | plain file name
        model.onnx.        | end in a dot or a space
        'model.onnx '      | end in a dot or a space
        'a|b.onnx'         | character '|'
        a?b.onnx           | character '?'
        a*b.onnx           | character '*'
        a<b.onnx           | character '<'
        a\\\\b.onnx          | plain file name
        """)
    void unportableFileNameIsRefusedNamingTheManifestAndTheField(String name, String problem) throws IOException {
        Path file = write(GOOD.replace("\"name\": \"model.onnx\"", "\"name\": \"" + name + "\"")
                .replace("\"graph\": \"model.onnx\"", "\"graph\": \"" + name + "\""));

        assertThatThrownBy(() -> ModelManifests.resolve(file.toString())).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("field \"files[0].name\"")
                .hasMessageContaining(problem).hasMessageNotContaining("\u0000").hasMessageNotContaining("\u001b")
                .hasMessageContaining("Fix the manifest");
    }

    @Test
    void portableNamesStillRead() throws Exception {
        for (String name : new String[] {"model_fp16.onnx", "vocab.json", "console.onnx", "com10.bin", "merges.txt"}) {
            Path file = write(GOOD.replace("model.onnx", name));
            assertThat(ModelManifests.resolve(file.toString()).files().get(0).name()).isEqualTo(name);
        }
    }

    @Test
    void brokenJsonNamesTheLine() throws IOException {
        Path file = write("{\"id\": \"x\",\n \"role\": }");
        assertThatThrownBy(() -> ModelManifests.resolve(file.toString())).hasMessageContaining(file.toString())
                .hasMessageContaining("not valid JSON").hasMessageContaining("line 2");
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("m.json"), json);
    }
}
