package org.spatiallift.engine.perception.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * The built-in CLIP manifest on stand-ins of the Transformers.js signature (vision: pixel_values → image_embeds;
 * text: input_ids + attention_mask → text_embeds): CLIP normalisation reaches the model, both embeddings come back
 * L2-normalised, image–text similarity ranks a matching "word" first, and text goes through the CLIP tokenizer
 * (padded to 77 ids with the attention mask) into a tower that pools at EOT.
 */
class ImageTextEmbedderTest {

    @TempDir
    Path dir;

    @Test
    void embeddingsAreNormalisedAndMatchAcrossTowers() throws Exception {
        // channel means of a pure red image after CLIP normalisation
        float r = (float) ((1 - 0.48145466) / 0.26862954);
        float g = (float) (-0.4578275 / 0.26130258);
        float b = (float) (-0.40821073 / 0.27577711);
        float[][] rows = new float[16][];
        Arrays.fill(rows, new float[] {0, 0, 0});
        rows[5] = new float[] {r, g, b};        // "red"
        rows[6] = new float[] {-r, -g, -b};     // "not red"
        rows[7] = new float[] {0, 1, 0};
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.clipVision(), export.resolve("vision_model.onnx"));
        StandInModels.write(StandInModels.clipText(rows), export.resolve("text_model.onnx"));
        StandInModels.clipTokenizerFiles(export, "red");
        LocatedModel model = StandInModels.install(ModelManifests.resolve("clip-vit-base-patch32"),
                new ModelStore(dir.resolve("cache")), export).model();
        int[] red = new int[320 * 240];
        Arrays.fill(red, 0xFF0000);

        try (ImageTextEmbedder clip = ImageTextEmbedder.open(model, InferenceOptions.defaults())) {
            Embedding img = clip.embedImage(new ColorImage(320, 240, red));
            float[] v = img.vector();
            double n = Math.sqrt(r * r + g * g + b * b);
            assertThat(v).hasSize(512);
            assertThat(v[0]).isCloseTo((float) (r / n), offset(1e-4f));
            assertThat(v[1]).isCloseTo((float) (g / n), offset(1e-4f));
            assertThat(v[3]).isZero();

            Embedding redText = clip.embedTokens(new long[] {5, 5});
            Embedding other = clip.embedTokens(new long[] {7});
            assertThat(redText.similarity(redText)).isCloseTo(1.0, offset(1e-5));
            assertThat(img.similarity(redText)).isCloseTo(1.0, offset(1e-4));
            assertThat(img.similarity(clip.embedTokens(new long[] {6}))).isCloseTo(-1.0, offset(1e-4));
            assertThat(img.similarity(redText)).isGreaterThan(img.similarity(other));
            assertThat(redText.provenance().onnxSha256()).isEqualTo(model.sha256().get("text_model.onnx"));
            assertThat(img.timings().preprocessMs()).isPositive();
        }
    }

    @Test
    void textIsTokenisedPaddedAndPooledAtEot() throws Exception {
        float r = (float) ((1 - 0.48145466) / 0.26862954);
        float g = (float) (-0.4578275 / 0.26130258);
        float b = (float) (-0.40821073 / 0.27577711);
        Path export = dir.resolve("export");
        Map<String, Integer> vocab = StandInModels.clipTokenizerFiles(export, "red", "blue", "mug");
        Map<Integer, float[]> rows = new HashMap<>();
        rows.put(vocab.get("red</w>"), new float[] {r, g, b});
        rows.put(vocab.get("blue</w>"), new float[] {-r, -g, -b});
        rows.put(vocab.get("mug</w>"), new float[] {0, 0, 0, 1});
        StandInModels.write(StandInModels.clipVision(), export.resolve("vision_model.onnx"));
        StandInModels.write(StandInModels.clipTextPooledAtEot(vocab.size(), rows), export.resolve("text_model.onnx"));
        LocatedModel model = StandInModels.install(ModelManifests.resolve("clip-vit-base-patch32"),
                new ModelStore(dir.resolve("cache")), export).model();
        int[] red = new int[64 * 48];
        Arrays.fill(red, 0xFF0000);

        try (ImageTextEmbedder clip = ImageTextEmbedder.open(model, InferenceOptions.defaults())) {
            ClipTokenizer tokenizer = clip.tokenizer().orElseThrow();
            assertThat(tokenizer.contextLength()).isEqualTo(77);
            Embedding img = clip.embedImage(new ColorImage(64, 48, red));

            Embedding redText = clip.embedText("Red");
            assertThat(img.similarity(redText)).isCloseTo(1.0, offset(1e-4));
            assertThat(img.similarity(clip.embedText("blue"))).isCloseTo(-1.0, offset(1e-4));
            // padded to 77 with the mask: the same as the unpadded ids
            long start = tokenizer.startId();
            long end = tokenizer.endId();
            assertThat(redText.vector()).containsExactly(clip.embedTokens(new long[] {start, vocab.get("red</w>"), end}).vector(),
                    offset(1e-6f));
            // "a red mug": rows of red and mug summed up to EOT
            float[] v = clip.embedText("a red mug").vector();
            double n = Math.sqrt(r * r + g * g + b * b + 1);
            assertThat(v[0]).isCloseTo((float) (r / n), offset(1e-5f));
            assertThat(v[3]).isCloseTo((float) (1 / n), offset(1e-5f));
            assertThat(redText.provenance().onnxSha256()).isEqualTo(model.sha256().get("text_model.onnx"));
        }
    }

    @Test
    void textWithoutTokenizerFilesInTheManifestIsRefused() throws Exception {
        String builtIn = new String(getClass().getResourceAsStream(
                "/org/spatiallift/resources/models/clip-vit-base-patch32.json").readAllBytes(), StandardCharsets.UTF_8);
        String ids = builtIn.replaceAll("(?m)^\\s*\\{\"name\": \"(vocab\\.json|merges\\.txt)\".*$\\n", "")
                .replace("text_model.onnx\", \"sha256\": null, \"size\": null},", "text_model.onnx\", \"sha256\": null, \"size\": null}")
                .replace("\"id\": \"clip-vit-base-patch32\"", "\"id\": \"clip-ids-only\"");
        Path manifest = Files.writeString(dir.resolve("clip-ids-only.json"), ids);
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.clipVision(), export.resolve("vision_model.onnx"));
        float[][] rows = new float[16][];
        Arrays.fill(rows, new float[] {1, 0, 0});
        StandInModels.write(StandInModels.clipText(rows), export.resolve("text_model.onnx"));
        LocatedModel model = StandInModels.install(ModelManifests.resolve(manifest.toString()),
                new ModelStore(dir.resolve("cache")), export).model();

        try (ImageTextEmbedder clip = ImageTextEmbedder.open(model, InferenceOptions.defaults())) {
            assertThat(clip.tokenizer()).isEmpty();
            assertThat(clip.embedTokens(new long[] {1, 2}).vector()[0]).isCloseTo(1f, offset(1e-6f));
            assertThatThrownBy(() -> clip.embedText("red")).isInstanceOf(ModelException.class)
                    .hasMessageContaining("text_model.onnx").hasMessageContaining("no CLIP tokenizer")
                    .hasMessageContaining("vocab.json and merges.txt");
        }
    }
}
