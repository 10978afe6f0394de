package org.spatiallift.engine.perception.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * The built-in MobileSAM manifest on stand-ins of SAM's ONNX signature (encoder input_image HWC → image_embeddings
 * [1, 256, 64, 64]; decoder with point_coords, point_labels, mask_input, has_mask_input, orig_im_size → masks at the
 * image size): box corners reach the decoder in the 1024 frame and the mask comes back at the image size, thresholded.
 */
class BoxSegmenterTest {

    @TempDir
    Path dir;

    @Test
    void boxPromptGivesAMaskOfTheImageSizeInsideTheBox() throws Exception {
        LocatedModel model = installed();
        ColorImage img = new ColorImage(100, 80, new int[100 * 80]);

        Segmentation s;
        try (BoxSegmenter seg = BoxSegmenter.open(model, InferenceOptions.defaults())) {
            s = seg.segment(img, List.of(new PixelBox(10, 20, 50, 40), new PixelBox(60, 0, 100, 80)));
        }

        ObjectMask a = s.masks().get(0);
        assertThat(a.width()).isEqualTo(100);
        assertThat(a.height()).isEqualTo(80);
        assertThat(a.area()).isEqualTo(40 * 20);
        assertThat(a.at(10, 20)).isTrue();
        assertThat(a.at(49, 39)).isTrue();
        assertThat(a.at(50, 30)).isFalse();
        assertThat(a.at(9, 30)).isFalse();
        assertThat(a.predictedIou()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.masks().get(1).area()).isEqualTo(40 * 80);
        assertThat(s.timings().inferenceMs()).isPositive();
        assertThat(s.provenance().fileSha256()).containsKeys("mobile_sam_image_encoder.onnx", "sam_mask_decoder_single.onnx");
    }

    @Test
    void decoderWithoutTheExpectedInputsIsRefusedNamingIt() throws Exception {
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.samEncoder(), export.resolve("mobile_sam_image_encoder.onnx"));
        StandInModels.write(StandInModels.samEncoder(), export.resolve("sam_mask_decoder_single.onnx"));
        LocatedModel model = StandInModels.install(ModelManifests.resolve("mobilesam-box-segmenter"),
                new ModelStore(dir.resolve("cache")), export).model();

        assertThatThrownBy(() -> BoxSegmenter.open(model, InferenceOptions.defaults())).isInstanceOf(ModelException.class)
                .hasMessageContaining("sam_mask_decoder_single.onnx").hasMessageContaining("has no input \"image_embeddings\"");
    }

    private LocatedModel installed() throws Exception {
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.samEncoder(), export.resolve("mobile_sam_image_encoder.onnx"));
        StandInModels.write(StandInModels.samDecoder(), export.resolve("sam_mask_decoder_single.onnx"));
        return StandInModels.install(ModelManifests.resolve("mobilesam-box-segmenter"), new ModelStore(dir.resolve("cache")),
                export).model();
    }
}
