package org.spatiallift.engine.perception.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.onnx.OnnxModel;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * The downloadable metric depth models through their built-in manifests, each driving a stand-in of the exact
 * signature of the published file: Metric3D v2 ViT-S (pixel_values 0..255 of dynamic size, three outputs, depth for
 * a canonical camera rescaled by the image's focal length) and the two Depth Anything V2 metric ViT-L exports (input
 * and output named "input" and "output", fixed 518 × 518, ImageNet normalisation, metres as they are).
 */
class MetricDepthModelsTest {

    /** ImageNet-normalised channel means of a black and of a white pixel. */
    private static final double BLACK = (-0.485 / 0.229 - 0.456 / 0.224 - 0.406 / 0.225) / 3;
    private static final double WHITE = ((1 - 0.485) / 0.229 + (1 - 0.456) / 0.224 + (1 - 0.406) / 0.225) / 3;

    @TempDir
    Path dir;

    @Test
    void metric3dDepthIsRescaledByTheFocalLengthAtTheInputSize() throws Exception {
        LocatedModel model = installed("metric3d-vit-small", StandInModels.metric3d(2f, 0.01f));
        ColorImage img = DepthEstimatorTest.halves(640, 480);
        Intrinsics k = new Intrinsics(525, 520, 319.5, 239.5, 640, 480, IntrinsicsSource.GIVEN);

        DepthPrediction p;
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            assertThat(est.needsFocalLength()).isTrue();
            assertThat(est.inputSize(640, 480)).as("aspect ratio kept, lower bound 518").containsExactly(686, 518);
            p = est.predict(img, k);
        }

        // canonical depth: 2 + 0.01 · mean of raw RGB (0 black, 255 white, no normalisation); real = canonical · fx_in / 1000
        double factor = 525.0 * 686 / 640 / 1000;
        DepthImage d = p.toDepthImage();
        assertThat(d.width()).isEqualTo(640);
        assertThat(d.at(10, 240)).isCloseTo((float) (2 * factor), offset(1e-4f));
        assertThat(d.at(630, 240)).isCloseTo((float) ((2 + 0.01 * 255) * factor), offset(1e-4f));
        assertThat(p.provenance().modelId()).isEqualTo("metric3d-vit-small");
        assertThat(p.provenance().sessionOptions().get("focal_rescale")).contains("562.7 px = 525.0 px x 686 / 640")
                .contains("canonical focal 1000 px").contains("fx from given");
        assertThat(p.provenance().sessionOptions().get("preprocess")).contains("aspect ratio kept");
    }

    @Test
    void metric3dScalesWithTheFocalLength() throws Exception {
        LocatedModel model = installed("metric3d-vit-small", StandInModels.metric3d(4f, 0f));
        ColorImage img = DepthEstimatorTest.halves(320, 240);
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            float near = est.predict(img, new Intrinsics(300, 300, 159.5, 119.5, 320, 240, IntrinsicsSource.GIVEN))
                    .values()[0];
            float far = est.predict(img, new Intrinsics(600, 600, 159.5, 119.5, 320, 240, IntrinsicsSource.GIVEN))
                    .values()[0];
            assertThat(far / near).as("twice the focal length, twice the depth").isCloseTo(2f, offset(1e-5f));
        }
    }

    @Test
    void metric3dWithoutIntrinsicsIsRefusedNamingTheFile() throws Exception {
        LocatedModel model = installed("metric3d-vit-small", StandInModels.metric3d(2f, 0f));
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            assertThatThrownBy(() -> est.predict(DepthEstimatorTest.halves(64, 48))).isInstanceOf(ModelException.class)
                    .hasMessageContaining(model.graphFile().toString()).hasMessageContaining("canonical camera")
                    .hasMessageContaining("--intrinsics");
        }
    }

    @Test
    void depthAnythingV2LargeExportsAreStretchedNormalisedAndMetricAsTheyAre() throws Exception {
        for (String id : new String[] {"depth-anything-v2-metric-hypersim-large", "depth-anything-v2-metric-vkitti-large"}) {
            LocatedModel model = installed(id, StandInModels.depthAnythingV2Export(3f, 0.5f));
            DepthPrediction p;
            try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
                assertThat(est.needsFocalLength()).as(id).isFalse();
                assertThat(est.inputSize(640, 480)).as(id).containsExactly(518, 518);
                p = est.predict(DepthEstimatorTest.halves(640, 480),
                        new Intrinsics(5000, 5000, 319.5, 239.5, 640, 480, IntrinsicsSource.GIVEN));
            }
            assertThat(p.values()[10]).as(id).isCloseTo((float) (3 + 0.5 * BLACK), offset(1e-3f));
            assertThat(p.values()[240 * 640 + 630]).as(id).isCloseTo((float) (3 + 0.5 * WHITE), offset(1e-3f));
            assertThat(p.provenance().sessionOptions()).as(id).doesNotContainKey("focal_rescale");
            assertThat(p.provenance().sessionOptions().get("preprocess")).as(id).contains("stretched 640x480 px to 518x518 px");
        }
    }

    private LocatedModel installed(String id, OnnxModel standIn) throws Exception {
        Path file = StandInModels.write(standIn, dir.resolve(id).resolve("model.onnx"));
        return StandInModels.install(ModelManifests.resolve(id), new ModelStore(dir.resolve("cache")), file).model();
    }
}
