package org.spatiallift.engine.perception.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.io.Advice;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/** A photo with no depth file: depth from an installed metric model, or a clear message; never invented depth. */
class DepthSourceTest {

    @TempDir
    Path dir;

    @Test
    void plainPhotoWithoutDepthModelAsksForADepthFileOrAModel() throws Exception {
        Path photo = photo();
        ModelStore empty = new ModelStore(dir.resolve("cache"));

        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(photo, null),
                new DepthSource(empty, null, InferenceOptions.defaults())))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(photo + ": no depth file and no depth model installed")
                .hasMessageContaining("(--depth FILE)")
                .hasMessageContaining("bin/spatiallift models install metric3d-vit-small --models-dir " + empty.root()
                        + " (needs network, 151 MB")
                .hasMessageContaining("estimated from the photo, not measured")
                .hasMessageContaining("never invents depth")
                .satisfies(e -> assertThat(((InputException) e).advice()).containsExactly(Advice.CHOOSE_DEPTH_FILE,
                        Advice.installModel(DepthSource.SUGGESTED_MODEL, true)));
    }

    @Test
    void withoutAProviderTheLoaderAsksForADepthFile() throws Exception {
        Path photo = photo();
        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(photo, null))).isInstanceOf(InputException.class)
                .hasMessageContaining("no depth file was given").hasMessageContaining("--depth FILE");
    }

    @Test
    void installedMetricModelGivesDepthOfTheImageSize() throws Exception {
        Path photo = photo();
        ModelStore store = new ModelStore(dir.resolve("cache"));
        StandInModels.install(ModelManifests.resolve("depth-anything-v2-metric-outdoor-small"), store,
                StandInModels.write(StandInModels.depth(518, 2f, 0.5f), dir.resolve("model.onnx")));
        LoadedInput in;
        DepthSource source = new DepthSource(store, null, InferenceOptions.defaults());
        try (source) {
            in = RgbdLoader.load(RgbdRequest.of(photo, null), source);
        }

        assertThat(in.input().depth().width()).isEqualTo(80);
        assertThat(in.input().depth().height()).isEqualTo(60);
        assertThat(in.input().depthFile()).isNull();
        // a black photo: 2 + 0.5 · (ImageNet-normalised black, channel mean)
        assertThat(in.input().depth().at(40, 30)).isCloseTo((float) (2 + 0.5 * (-0.485 / 0.229 - 0.456 / 0.224 - 0.406 / 0.225) / 3),
                offset(1e-3f));
        assertThat(source.lastPrediction().provenance().modelId()).isEqualTo("depth-anything-v2-metric-outdoor-small");
        assertThat(source.usedModel().manifest().id()).isEqualTo("depth-anything-v2-metric-outdoor-small");
    }

    @Test
    void metric3dIsPreferredAndRescaledByTheImagesFocalLength() throws Exception {
        Path photo = photo();
        ModelStore store = new ModelStore(dir.resolve("cache"));
        StandInModels.install(ModelManifests.resolve("depth-anything-v2-metric-outdoor-small"), store,
                StandInModels.write(StandInModels.depth(518, 2f, 0.5f), dir.resolve("da").resolve("model.onnx")));
        StandInModels.install(ModelManifests.resolve(DepthSource.SUGGESTED_MODEL), store,
                StandInModels.write(StandInModels.metric3d(3f, 0f), dir.resolve("m3d").resolve("model.onnx")));
        LoadedInput in;
        try (DepthSource source = new DepthSource(store, null, InferenceOptions.defaults())) {
            in = RgbdLoader.load(RgbdRequest.of(photo, null).withIntrinsics(IntrinsicsSpec.parse("100,100,39.5,29.5")),
                    source);
            assertThat(source.usedModel().manifest().id()).as("first installed in index order").isEqualTo("metric3d-vit-small");
            // 80 x 60 is fed at the lower bound 518, each side the nearest multiple of 14: 690.7 -> 686 x 518 px
            assertThat(source.lastPrediction().provenance().sessionOptions().get("preprocess")).contains("to 686x518 px");
        }
        double fxAtInput = 100.0 * 686 / 80;
        assertThat(in.input().depth().at(40, 30)).isCloseTo((float) (3 * fxAtInput / 1000), offset(1e-4f));
        assertThat(in.warnings()).contains(RgbdLoader.ESTIMATED_DEPTH).doesNotContain(RgbdLoader.ESTIMATED_DEPTH_ASSUMED_FOCAL);
    }

    @Test
    void namedModelMustBeMetric() throws Exception {
        DepthSource source = new DepthSource(new ModelStore(dir), "all-minilm-l6-v2", InferenceOptions.defaults());
        assertThatThrownBy(() -> source.resolve(photo())).hasMessageContaining("--depth-model")
                .hasMessageContaining("not metric_depth");
    }

    @Test
    void namedModelNotInstalledSaysHowToInstallIt() throws Exception {
        DepthSource source = new DepthSource(new ModelStore(dir), "depth-anything-v2-metric-indoor-small", InferenceOptions.defaults());
        assertThatThrownBy(() -> source.resolve(photo())).hasMessageContaining("model file not found")
                .hasMessageContaining("models install depth-anything-v2-metric-indoor-small --from FILE");
    }

    private Path photo() throws Exception {
        Path p = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB), "png", p.toFile());
        return p;
    }
}
