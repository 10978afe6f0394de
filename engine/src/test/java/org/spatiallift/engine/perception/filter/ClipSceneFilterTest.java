package org.spatiallift.engine.perception.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.embed.TextTokens;
import org.spatiallift.engine.perception.embed.TextTokensFactory;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * The CLIP scene filter on the stand-in CLIP pair (vision: the CLIP-normalised channel means; text: a row of a token
 * table) with a trivial test tokenizer — every accept prompt is token 5 ("red"), every reject prompt token 6 ("not
 * red") — so a red image reads as a scene and a blue one does not; and the choice between it and the rules.
 */
class ClipSceneFilterTest {

    private static final Set<String> ACCEPT_TEXTS = ScenePrompts.builtIn().stream().filter(ScenePrompt::accept)
            .map(ScenePrompt::text).collect(Collectors.toSet());
    private static final TextTokens TEST_TOKENS = text -> ACCEPT_TEXTS.contains(text) ? new int[] {5} : new int[] {6};
    private static final TextTokensFactory TEST_FACTORY = model -> TEST_TOKENS;

    @TempDir
    Path dir;

    @Test
    void installedClipAcceptsTheImageNearTheScenePromptsAndShowsTheScores() throws Exception {
        ModelStore store = installedStore();

        try (SceneFilterChoice choice = SceneFilters.choose(store, null, TEST_FACTORY, InferenceOptions.defaults())) {
            assertThat(choice.name()).isEqualTo("clip-vit-base-patch32");
            assertThat(choice.reason()).isEqualTo("installed");
            SceneVerdict red = choice.filter().judge(input(0xFF0000));
            SceneVerdict blue = choice.filter().judge(input(0x0000FF));

            assertThat(red.accepted()).isTrue();
            assertThat(red.method()).isEqualTo("clip-vit-base-patch32");
            assertThat(red.reason()).startsWith("accepted: P(scene prompts) = 1.00 (needs 0.50)")
                    .contains("best scene prompt \"a photo of an indoor room with furniture\" cosine 1.000")
                    .contains("cosine -1.000");
            assertThat(blue.accepted()).isFalse();
            assertThat(blue.reason()).startsWith("rejected: P(scene prompts) = 0.00");
        }
    }

    @Test
    void withoutAnInstalledModelOrATokenizerTheRulesDecideAndSayWhy() throws Exception {
        ModelStore empty = new ModelStore(dir.resolve("empty"));
        try (SceneFilterChoice none = SceneFilters.choose(empty, null, TEST_FACTORY, InferenceOptions.defaults())) {
            assertThat(none.name()).isEqualTo("rules");
            assertThat(none.reason()).isEqualTo("no CLIP model installed");
            assertThat(none.filter()).isInstanceOf(RuleSceneFilter.class);
        }
        try (SceneFilterChoice noTokenizer = SceneFilters.choose(installedStore(), null, null, InferenceOptions.defaults())) {
            assertThat(noTokenizer.name()).isEqualTo("rules");
            assertThat(noTokenizer.reason()).contains("installed CLIP model clip-vit-base-patch32").contains("no tokenizer");
        }
        try (SceneFilterChoice asked = SceneFilters.choose(installedStore(), "rules", TEST_FACTORY, InferenceOptions.defaults())) {
            assertThat(asked.name()).isEqualTo("rules");
        }
    }

    @Test
    void defaultTokenizerIsClipsBpeFromTheInstalledVocabularySoTheModelDecides() throws Exception {
        Path export = dir.resolve("export-bpe");
        StandInModels.write(StandInModels.clipVision(), export.resolve("vision_model.onnx"));
        Map<String, Integer> vocab = StandInModels.clipTokenizerFiles(export, "red", "room");
        Map<Integer, float[]> rows = new java.util.HashMap<>();
        for (int id : vocab.values()) {
            rows.put(id, new float[] {1, id % 7, id % 3 - 1});
        }
        StandInModels.write(StandInModels.clipTextPooledAtEot(vocab.size(), rows), export.resolve("text_model.onnx"));
        ModelStore store = new ModelStore(dir.resolve("cache-bpe"));
        StandInModels.install(ModelManifests.resolve("clip-vit-base-patch32"), store, export);

        TextTokens tokens = SceneFilters.defaultTokenizer().open(store.locate(ModelManifests.resolve("clip-vit-base-patch32")));
        int[] red = tokens.encode("Red!");
        assertThat(red).hasSize(77);
        assertThat(red[0]).isEqualTo(vocab.get("<|startoftext|>"));
        assertThat(red[1]).isEqualTo(vocab.get("red</w>"));
        assertThat(red[2]).isEqualTo(vocab.get("!</w>"));
        assertThat(red[3]).isEqualTo(vocab.get("<|endoftext|>"));
        try (SceneFilterChoice choice = SceneFilters.choose(store, null, SceneFilters.defaultTokenizer(),
                InferenceOptions.defaults())) {
            assertThat(choice.name()).isEqualTo("clip-vit-base-patch32");
            SceneVerdict verdict = choice.filter().judge(input(0xFF0000));
            assertThat(verdict.method()).isEqualTo("clip-vit-base-patch32");
            assertThat(verdict.reason()).containsPattern("^(accepted|rejected): P\\(scene prompts\\) = [01]\\.\\d\\d");
        }
    }

    @Test
    void askingForAModelThatIsNotCLipNamesItsRole() {
        assertThatThrownBy(() -> SceneFilters.choose(new ModelStore(dir), "mobilesam-box-segmenter", TEST_FACTORY,
                InferenceOptions.defaults())).isInstanceOf(ModelException.class)
                .hasMessageContaining("is a box_segmenter, not image_text_embedding");
    }

    @Test
    void promptFileNeedsBothSidesAndNamesABadLine() {
        assertThat(ScenePrompts.builtIn()).anyMatch(ScenePrompt::accept).anyMatch(p -> !p.accept());
        assertThatThrownBy(() -> ScenePrompts.parse(List.of("accept|a room", "maybe|a thing")))
                .hasMessageContaining("line 2").hasMessageContaining("accept| or reject|");
        assertThatThrownBy(() -> ScenePrompts.parse(List.of("accept|a room"))).hasMessageContaining("one reject prompt");
    }

    private ModelStore installedStore() throws Exception {
        float r = (float) ((1 - 0.48145466) / 0.26862954);
        float g = (float) (-0.4578275 / 0.26130258);
        float b = (float) (-0.40821073 / 0.27577711);
        float[][] rows = new float[16][];
        Arrays.fill(rows, new float[] {0, 0, 0});
        rows[5] = new float[] {r, g, b};
        rows[6] = new float[] {-r, -g, -b};
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.clipVision(), export.resolve("vision_model.onnx"));
        StandInModels.write(StandInModels.clipText(rows), export.resolve("text_model.onnx"));
        StandInModels.clipTokenizerFiles(export, "red");
        ModelStore store = new ModelStore(dir.resolve("cache"));
        StandInModels.install(ModelManifests.resolve("clip-vit-base-patch32"), store, export);
        return store;
    }

    private static SceneFilterInput input(int rgb) {
        int[] px = new int[64 * 48];
        Arrays.fill(px, rgb);
        return new SceneFilterInput(new ColorImage(64, 48, px), null, null, List.of());
    }
}
