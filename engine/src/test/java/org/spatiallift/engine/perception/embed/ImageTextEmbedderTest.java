package org.spatiallift.engine.perception.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * The built-in CLIP manifest on stand-ins of the Transformers.js signature (vision: pixel_values → image_embeds;
 * text: input_ids + attention_mask → text_embeds): CLIP normalisation reaches the model, both embeddings come back
 * L2-normalised, and image–text similarity ranks a matching "word" first.
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
}
