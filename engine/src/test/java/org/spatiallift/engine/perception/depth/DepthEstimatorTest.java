package org.spatiallift.engine.perception.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * The built-in Depth Anything V2 manifests (dynamic height and width) driving stand-ins (depth = 2 + 0.5 · channel
 * mean of the normalised input): a dynamic-size graph is fed the image with its aspect ratio kept (640 × 480 →
 * 686 × 518), a fixed-size one (1 × 3 × 518 × 518) the stretched image, with the provenance saying which; ImageNet
 * normalisation, the map resized back to the image, metres, timings; bad model files give clear errors naming the
 * file.
 */
class DepthEstimatorTest {

    /** ImageNet-normalised channel means of a black and of a white pixel. */
    private static final double BLACK = (-0.485 / 0.229 - 0.456 / 0.224 - 0.406 / 0.225) / 3;
    private static final double WHITE = ((1 - 0.485) / 0.229 + (1 - 0.456) / 0.224 + (1 - 0.406) / 0.225) / 3;

    @TempDir
    Path dir;

    @Test
    void metricDepthIsResizedBackToTheImageInMetres() throws Exception {
        LocatedModel model = installed("depth-anything-v2-metric-indoor-small", StandInModels.depth(518, 2f, 0.5f));
        ColorImage img = halves(640, 480);

        DepthPrediction p;
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            p = est.predict(img);
        }

        DepthImage d = p.toDepthImage();
        assertThat(d.width()).isEqualTo(640);
        assertThat(d.height()).isEqualTo(480);
        assertThat(d.at(10, 240)).isCloseTo((float) (2 + 0.5 * BLACK), offset(1e-3f));
        assertThat(d.at(630, 240)).isCloseTo((float) (2 + 0.5 * WHITE), offset(1e-3f));
        assertThat(d.at(0, 0)).isCloseTo(d.at(0, 479), offset(1e-5f));
        assertThat(p.timings().inferenceMs()).isPositive();
        assertThat(p.timings().preprocessMs()).isPositive();
        assertThat(p.timings().postprocessMs()).isPositive();
        assertThat(p.provenance().modelId()).isEqualTo("depth-anything-v2-metric-indoor-small");
        assertThat(p.provenance().onnxSha256()).hasSize(64).isEqualTo(model.sha256().get("model.onnx"));
        assertThat(p.provenance().runtimeVersion()).isNotBlank();
        assertThat(p.provenance().sessionOptions()).containsKey("intra_op_threads");
        assertThat(p.provenance().sessionOptions().get("preprocess")).contains("aspect ratio not kept");
    }

    @Test
    void dynamicGraphIsFedTheImageWithItsAspectRatioKept() throws Exception {
        LocatedModel model = installed("depth-anything-v2-small-relative", StandInModels.depthShapeEcho());
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            assertThat(est.fixedInputSize()).isFalse();
            DepthPrediction landscape = est.predict(halves(640, 480));
            DepthPrediction portrait = est.predict(halves(480, 640));

            // every value is W + H / 1000 of the tensor fed
            assertThat(landscape.values()[0]).isCloseTo(686.518f, offset(1e-3f));
            assertThat(landscape.values()[640 * 480 - 1]).isCloseTo(686.518f, offset(1e-3f));
            assertThat(portrait.values()[0]).isCloseTo(518.686f, offset(1e-3f));
            assertThat(landscape.width()).isEqualTo(640);
            assertThat(landscape.height()).isEqualTo(480);
            assertThat(landscape.provenance().sessionOptions().get("preprocess")).contains("640x480 px to 686x518 px")
                    .contains("aspect ratio kept");
        }
    }

    @Test
    void dynamicOutputLandsBackOnTheImage() throws Exception {
        LocatedModel model = installed("depth-anything-v2-metric-indoor-small", StandInModels.depthDynamic(2f, 0.5f));
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            DepthImage d = est.predict(halves(640, 480)).toDepthImage();

            float black = (float) (2 + 0.5 * BLACK);
            float white = (float) (2 + 0.5 * WHITE);
            assertThat(d.width()).isEqualTo(640);
            assertThat(d.at(0, 0)).isCloseTo(black, offset(1e-3f));
            assertThat(d.at(317, 240)).isCloseTo(black, offset(1e-3f));
            assertThat(d.at(322, 240)).isCloseTo(white, offset(1e-3f));
            assertThat(d.at(639, 479)).isCloseTo(white, offset(1e-3f));
            // the edge stays in the middle of the image: half-way values only next to column 320
            assertThat(d.at(319, 100)).isBetween(black, white);
            assertThat(d.at(320, 100)).isBetween(black, white);
        }
    }

    @Test
    void fixedShapeGraphIsStretchedAndSaysSo() throws Exception {
        LocatedModel model = installed("depth-anything-v2-small-relative", StandInModels.depth(518, 2f, 0.5f));
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            assertThat(est.fixedInputSize()).isTrue();
            assertThat(est.inputSize(640, 480)).containsExactly(518, 518);
            DepthPrediction p = est.predict(halves(640, 480));
            assertThat(p.values()[0]).isCloseTo((float) (2 + 0.5 * BLACK), offset(1e-3f));
            assertThat(p.provenance().sessionOptions().get("preprocess")).contains("stretched 640x480 px to 518x518 px")
                    .contains("fixed-shape export, aspect ratio not kept");
        }
    }

    @Test
    void relativeDepthNeedsAScaleStep() throws Exception {
        LocatedModel model = installed("depth-anything-v2-small-relative", StandInModels.depth(518, 2f, 0.5f));
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            DepthPrediction p = est.predict(halves(64, 48));
            assertThat(p.kind()).isEqualTo(DepthKind.RELATIVE_INVERSE);
            assertThatThrownBy(p::toDepthImage).hasMessageContaining("DepthScaleFit");
        }
    }

    @Test
    void nanOutputIsRefusedNamingTheModelFile() throws Exception {
        LocatedModel model = installed("depth-anything-v2-metric-indoor-small", StandInModels.depthNaN(518));
        try (DepthEstimator est = DepthEstimator.open(model, InferenceOptions.defaults())) {
            assertThatThrownBy(() -> est.predict(halves(64, 48))).isInstanceOf(ModelException.class)
                    .hasMessageContaining(model.graphFile().toString()).hasMessageContaining("NaN or infinite")
                    .hasMessageContaining("predicted_depth");
        }
    }

    @Test
    void wrongInputShapeIsRefusedWhenOpening() throws Exception {
        Path fixed = Files.writeString(dir.resolve("fixed-depth.json"), """
            {"id": "fixed-depth", "role": "metric_depth", "licence": "Apache-2.0", "graph": "model.onnx", "spec_source": "test",
             "files": [{"name": "model.onnx", "source": null}],
             "input": {"name": "pixel_values", "shape": [1, 3, 518, 518], "layout": "NCHW", "resize": "stretch",
                       "scale": 0.00392156862745098, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
             "outputs": [{"name": "predicted_depth", "shape": [1, 518, 518], "layout": "NHW", "unit": "m"}]}
            """);
        Path file = StandInModels.write(StandInModels.depth(256, 2f, 0.5f), dir.resolve("export").resolve("model.onnx"));
        LocatedModel model = StandInModels.install(ModelManifests.resolve(fixed.toString()), new ModelStore(dir.resolve("cache")),
                file).model();
        assertThatThrownBy(() -> DepthEstimator.open(model, InferenceOptions.defaults())).isInstanceOf(ModelException.class)
                .hasMessageContaining(model.graphFile().toString()).hasMessageContaining("\"pixel_values\" has shape [1, 3, 256, 256]")
                .hasMessageContaining("[1, 3, 518, 518]");
    }

    @Test
    void corruptFileIsRefusedWhenOpening() throws Exception {
        ModelManifest m = ModelManifests.resolve("depth-anything-v2-metric-indoor-small");
        ModelStore store = new ModelStore(dir.resolve("cache"));
        Path junk = Files.write(dir.resolve("junk.onnx"), "this is not a protobuf".getBytes());
        LocatedModel model = StandInModels.install(m, store, junk).model();

        assertThatThrownBy(() -> DepthEstimator.open(model, InferenceOptions.defaults())).isInstanceOf(ModelException.class)
                .hasMessageContaining(model.graphFile().toString()).hasMessageContaining("cannot load this file as an ONNX model")
                .hasMessageContaining("models install depth-anything-v2-metric-indoor-small");
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        ModelManifest m = ModelManifests.resolve("all-minilm-l6-v2");
        LocatedModel fake = new LocatedModel(m, dir, java.util.Map.of());
        assertThatThrownBy(() -> DepthEstimator.open(fake, InferenceOptions.defaults())).hasMessageContaining("not a depth model");
    }

    private LocatedModel installed(String id, org.spatiallift.engine.onnx.OnnxModel standIn) throws Exception {
        ModelManifest m = ModelManifests.resolve(id);
        Path file = StandInModels.write(standIn, dir.resolve("export").resolve("model.onnx"));
        return StandInModels.install(m, new ModelStore(dir.resolve("cache")), file).model();
    }

    /** Left half black, right half white. */
    static ColorImage halves(int w, int h) {
        int[] rgb = new int[w * h];
        for (int v = 0; v < h; v++) {
            for (int u = w / 2; u < w; u++) {
                rgb[v * w + u] = 0xFFFFFF;
            }
        }
        return new ColorImage(w, h, rgb);
    }
}
