package org.spatiallift.engine.perception.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.perception.detect.Labels;
import org.spatiallift.engine.perception.model.DownloadProgress;
import org.spatiallift.engine.perception.model.InstallResult;
import org.spatiallift.engine.perception.model.ModelInstaller;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.text.HfTokenizer;

/**
 * The real all-MiniLM-L6-v2 (from the langchain4j Maven artifact on the class path, installed offline into a
 * temporary cache with its SHA-256 checked): WordPiece tokens as BERT makes them (tokenizer.json run by DJL's Hugging
 * Face tokenizers), unit-length embeddings, and the
 * similarity ordering that maps free-text names to COCO labels.
 */
class TextEmbedderTest {

    @TempDir
    static Path dir;
    private static InstallResult installed;
    private static TextEmbedder embedder;

    @BeforeAll
    static void install() throws Exception {
        installed = new ModelInstaller(new ModelStore(dir), true).install(ModelManifests.resolve("all-minilm-l6-v2"), null,
                DownloadProgress.NONE);
        embedder = TextEmbedder.open(installed.model(), InferenceOptions.defaults());
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void installExtractsFromTheClassPathWithTheManifestHashes() {
        assertThat(installed.fetched()).containsExactly("model.onnx", "tokenizer.json");
        assertThat(installed.recordedSha256()).isEmpty();
        assertThat(installed.model().sha256()).containsEntry("model.onnx",
                "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e");
    }

    @Test
    void wordPieceSplitsAsBertDoesWithTheManifestsMaximumLength() {
        HfTokenizer t = embedder.tokenizer();
        assertThat(t.tokens("unaffable")).containsExactly("una", "##ffa", "##ble"); // greedy longest match, as Hugging Face gives for bert-base-uncased
        assertThat(t.tokens("Hello, WORLD!")).containsExactly("hello", ",", "world", "!");
        assertThat(t.tokens("Café")).containsExactly("cafe");
        long[] ids = t.encode("a red mug");
        assertThat(ids[0]).isEqualTo(101);
        assertThat(ids[ids.length - 1]).isEqualTo(102);
        assertThat(t.encode("word ".repeat(300))).hasSize(128);
    }

    @Test
    void embeddingsAreUnitLengthWithTimingsAndProvenance() throws Exception {
        Embedding e = embedder.embed("a mug on a table");
        double norm = 0;
        for (float v : e.vector()) {
            norm += v * v;
        }
        assertThat(e.vector()).hasSize(384);
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, offset(1e-5));
        assertThat(e.timings().inferenceMs()).isPositive();
        assertThat(e.provenance().modelId()).isEqualTo("all-minilm-l6-v2");
        assertThat(e.provenance().onnxSha256()).startsWith("759c3cd2");
    }

    @Test
    void mugIsCloserToCupThanToCouch() throws Exception {
        Embedding mug = embedder.embed("mug");
        assertThat(mug.similarity(embedder.embed("cup"))).isGreaterThan(mug.similarity(embedder.embed("couch")));
        Embedding sofa = embedder.embed("sofa");
        assertThat(sofa.similarity(embedder.embed("couch"))).isGreaterThan(sofa.similarity(embedder.embed("cup")));
    }

    @Test
    void freeTextNamesMapToCocoLabels() throws Exception {
        LabelMatcher matcher = new LabelMatcher(embedder, Labels.fromResource("/org/spatiallift/resources/labels/coco-80.txt"));

        assertThat(matcher.match("sofa").label()).isEqualTo("couch");
        assertThat(matcher.match("coffee mug").label()).isEqualTo("cup");
        assertThat(matcher.match("television").label()).isEqualTo("tv");
        List<LabelMatch> ranked = matcher.rank("puppy");
        assertThat(ranked.get(0).label()).isEqualTo("dog");
        assertThat(ranked.get(0).similarity()).isGreaterThan(ranked.get(ranked.size() - 1).similarity());
    }
}
