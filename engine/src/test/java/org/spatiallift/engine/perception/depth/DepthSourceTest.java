package org.spatiallift.engine.perception.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.io.InputException;
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
                .hasMessageContaining("Give --depth FILE")
                .hasMessageContaining("bin/spatiallift models install depth-anything-v2-metric-indoor-small (needs network)")
                .hasMessageContaining("never invents depth");
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
        DepthSource source = new DepthSource(store, null, InferenceOptions.defaults());

        LoadedInput in = RgbdLoader.load(RgbdRequest.of(photo, null), source);

        assertThat(in.input().depth().width()).isEqualTo(80);
        assertThat(in.input().depth().height()).isEqualTo(60);
        assertThat(in.input().depthFile()).isNull();
        // a black photo: 2 + 0.5 · (ImageNet-normalised black, channel mean)
        assertThat(in.input().depth().at(40, 30)).isCloseTo((float) (2 + 0.5 * (-0.485 / 0.229 - 0.456 / 0.224 - 0.406 / 0.225) / 3),
                offset(1e-3f));
        assertThat(source.lastPrediction().provenance().modelId()).isEqualTo("depth-anything-v2-metric-outdoor-small");
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
