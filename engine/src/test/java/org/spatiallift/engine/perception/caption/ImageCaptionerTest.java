package org.spatiallift.engine.perception.caption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.onnx.OnnxModel;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.describe.ModelCaptions;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.scene.SceneObject;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The built-in vit-gpt2-image-captioning manifest on stand-ins of the Transformers.js signature (encoder:
 * pixel_values [1, 3, 224, 224] → last_hidden_state; decoder: input_ids, encoder_hidden_states → logits
 * [1, t, 50257]) whose decoder writes a known id sequence: greedy decoding, GPT-2 byte-level decoding of the ids,
 * the stop at &lt;|endoftext|&gt; or at max_tokens, and errors for a missing part, a wrong shape and NaN logits.
 */
class ImageCaptionerTest {

    private static final int EOS = 50256;
    /** "a", " cat", " on", " the", " caf", "é" (bytes C3 A9 as 'Ã©'). */
    private static final Map<String, Integer> VOCAB = vocab();

    @TempDir
    Path dir;

    @Test
    void greedyDecodingWritesTheSequenceAndStopsAtEndOfText() throws Exception {
        long[] seq = {64, 3797, 319, 262, 1000, 2001, EOS, 64, 64};
        LocatedModel model = installed(StandInModels.captionEncoder(224), StandInModels.captionDecoder(seq, 10f, false));

        Caption c;
        try (ImageCaptioner captioner = ImageCaptioner.open(model, InferenceOptions.defaults())) {
            c = captioner.caption(grey(320, 240));
        }

        assertThat(c.text()).isEqualTo("a cat on the café");
        assertThat(c.tokenIds()).containsExactly(64, 3797, 319, 262, 1000, 2001);
        assertThat(c.reachedEnd()).isTrue();
        assertThat(c.timings().inferenceMs()).isPositive();
        assertThat(c.timings().preprocessMs()).isPositive();
        assertThat(c.provenance().modelId()).isEqualTo("vit-gpt2-image-captioning");
        assertThat(c.provenance().fileSha256()).containsKeys("encoder_model.onnx", "decoder_model.onnx", "vocab.json");
        assertThat(c.provenance().onnxSha256()).isEqualTo(model.sha256().get("encoder_model.onnx"));
    }

    @Test
    void withoutEndOfTextDecodingStopsAtMaxTokens() throws Exception {
        long[] seq = new long[30];
        Arrays.fill(seq, 3797);
        LocatedModel model = installed(StandInModels.captionEncoder(224), StandInModels.captionDecoder(seq, 10f, false));

        try (ImageCaptioner captioner = ImageCaptioner.open(model, InferenceOptions.defaults())) {
            Caption c = captioner.caption(grey(64, 64));
            assertThat(c.tokenIds()).hasSize(20).containsOnly(3797);
            assertThat(c.reachedEnd()).isFalse();
            assertThat(c.text()).isEqualTo(String.join(" ", java.util.Collections.nCopies(20, "cat")));
        }
    }

    @Test
    void nanLogitsAreRefusedNamingTheDecoder() throws Exception {
        LocatedModel model = installed(StandInModels.captionEncoder(224),
                StandInModels.captionDecoder(new long[] {64, EOS}, Float.NaN, false));
        try (ImageCaptioner captioner = ImageCaptioner.open(model, InferenceOptions.defaults())) {
            assertThatThrownBy(() -> captioner.caption(grey(64, 64))).isInstanceOf(ModelException.class)
                    .hasMessageContaining("decoder_model.onnx").hasMessageContaining("NaN or infinite")
                    .hasMessageContaining("\"logits\"");
        }
    }

    @Test
    void logitsOfTheLastPositionOnlyAreAWrongShape() throws Exception {
        LocatedModel model = installed(StandInModels.captionEncoder(224),
                StandInModels.captionDecoder(new long[] {64, 3797, EOS}, 10f, true));
        try (ImageCaptioner captioner = ImageCaptioner.open(model, InferenceOptions.defaults())) {
            assertThatThrownBy(() -> captioner.caption(grey(64, 64))).isInstanceOf(ModelException.class)
                    .hasMessageContaining("decoder_model.onnx").hasMessageContaining("[1, 1, 50257] for 2 input ids")
                    .hasMessageContaining("expected [1, 2, vocabulary]");
        }
    }

    @Test
    void encoderOfAnotherInputSizeIsRefusedWhenOpening() throws Exception {
        LocatedModel model = installed(StandInModels.captionEncoder(256), StandInModels.captionDecoder(new long[] {EOS}, 1f, false));
        assertThatThrownBy(() -> ImageCaptioner.open(model, InferenceOptions.defaults())).isInstanceOf(ModelException.class)
                .hasMessageContaining("encoder_model.onnx").hasMessageContaining("[1, 3, 256, 256]")
                .hasMessageContaining("[-1, 3, 224, 224]");
    }

    @Test
    void aManifestWithoutTheDecoderPartIsRefused() throws Exception {
        Path manifest = Files.writeString(dir.resolve("encoder-only.json"), """
            {"id": "encoder-only", "role": "captioner", "licence": "Apache-2.0", "spec_source": "test",
             "graphs": [{"part": "encoder", "file": "encoder_model.onnx",
                         "inputs": [{"name": "pixel_values", "shape": [-1, 3, 224, 224], "layout": "NCHW"}],
                         "outputs": [{"name": "last_hidden_state", "shape": [-1, -1, 768]}]}],
             "files": [{"name": "encoder_model.onnx", "source": null}, {"name": "vocab.json", "source": null}],
             "decoder": {"vocab": "vocab.json"}}
            """);
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.captionEncoder(224), export.resolve("encoder_model.onnx"));
        Files.writeString(export.resolve("vocab.json"), new ObjectMapper().writeValueAsString(VOCAB), StandardCharsets.UTF_8);
        LocatedModel model = StandInModels.install(ModelManifests.resolve(manifest.toString()), new ModelStore(dir.resolve("cache")),
                export).model();

        assertThatThrownBy(() -> ImageCaptioner.open(model, InferenceOptions.defaults())).isInstanceOf(ModelException.class)
                .hasMessageContaining("no graph part \"decoder\"");
    }

    @Test
    void objectCropsAreCaptionedForTheDescriber() throws Exception {
        long[] seq = {64, 3797, EOS};
        LocatedModel model = installed(StandInModels.captionEncoder(224), StandInModels.captionDecoder(seq, 10f, false));
        // a 10 x 10 image, the object's points at pixels (2..5, 3..6)
        int[] pixels = {3 * 10 + 2, 6 * 10 + 5, 4 * 10 + 3};
        PointCloud cloud = new PointCloud(CoordinateFrame.CAMERA, 3, new float[9], new int[3], pixels);
        ColorImage image = grey(10, 10);

        ColorImage crop = ObjectCaptions.crop(image, cloud, new int[] {0, 1, 2});
        assertThat(crop.width()).isEqualTo(4);
        assertThat(crop.height()).isEqualTo(4);
        assertThat(ObjectCaptions.crop(image, cloud, new int[0])).isNull();

        SceneObject cup = object(1, new int[] {0, 1, 2});
        SceneObject nothing = object(2, new int[0]);
        try (ImageCaptioner captioner = ImageCaptioner.open(model, InferenceOptions.defaults())) {
            ModelCaptions captions = ObjectCaptions.of(captioner, image, cloud, List.of(cup, nothing));
            assertThat(captions.captionOf(cup)).isEqualTo("a cat");
            assertThat(captions.captionOf(nothing)).isNull();
        }
    }

    private static SceneObject object(int id, int[] indices) {
        Vec3 c = new Vec3(0, 1, 0.1);
        return new SceneObject(id, "cup", indices.length, 0, c, new Box3(c, c), new OrientedBox(c, new Vec3(0, 0, 0), 0), 0,
                true, indices);
    }

    private LocatedModel installed(OnnxModel encoder, OnnxModel decoder) throws Exception {
        Path export = dir.resolve("export");
        StandInModels.write(encoder, export.resolve("encoder_model.onnx"));
        StandInModels.write(decoder, export.resolve("decoder_model.onnx"));
        Files.writeString(export.resolve("vocab.json"), new ObjectMapper().writeValueAsString(VOCAB), StandardCharsets.UTF_8);
        return StandInModels.install(ModelManifests.resolve("vit-gpt2-image-captioning"), new ModelStore(dir.resolve("cache")),
                export).model();
    }

    private static Map<String, Integer> vocab() {
        Map<String, Integer> v = new LinkedHashMap<>();
        v.put("a", 64);
        v.put("\u0120cat", 3797);
        v.put("\u0120on", 319);
        v.put("\u0120the", 262);
        v.put("\u0120caf", 1000);
        v.put("\u00C3\u00A9", 2001);
        v.put("cat", 9246);
        v.put("<|endoftext|>", EOS);
        return v;
    }

    private static ColorImage grey(int w, int h) {
        int[] rgb = new int[w * h];
        Arrays.fill(rgb, 0x808080);
        return new ColorImage(w, h, rgb);
    }
}
