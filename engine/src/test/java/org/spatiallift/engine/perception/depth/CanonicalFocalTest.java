package org.spatiallift.engine.perception.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifests;

/** The canonical-camera rule: depth · (fx · W_in / W) / f_c, read from the manifest's decoder. */
class CanonicalFocalTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(textBlock = """
        # fx,  width, input width, canonical, factor (worked by hand: fx · W_in / W / f_c)
          525,  640,  686,         1000,      0.562734375
          1000, 1000, 1000,        1000,      1.0
          700,  1242, 1708,        1000,      0.9626409017713365
          300,  320,  700,         500,       1.3125
        """)
    void factorIsTheFocalLengthAtTheInputOverTheCanonicalOne(double fx, int w, int inW, double canonical, double factor) {
        Intrinsics k = new Intrinsics(fx, fx, (w - 1) / 2.0, 10, w, 20, IntrinsicsSource.GIVEN);
        assertThat(new CanonicalFocal(canonical).factor(k, inW)).isCloseTo(factor, offset(1e-12));
    }

    @Test
    void modelsWithoutTheSettingAreNotRescaled() throws Exception {
        CanonicalFocal none = CanonicalFocal.of(ModelManifests.resolve("depth-anything-v2-metric-hypersim-large"));
        assertThat(none.applies()).isFalse();
        assertThat(none.factor(null, 518)).isEqualTo(1.0);
        CanonicalFocal m3d = CanonicalFocal.of(ModelManifests.resolve("metric3d-vit-small"));
        assertThat(m3d.applies()).isTrue();
        assertThat(m3d.focalPx()).isEqualTo(1000.0);
    }

    @Test
    void badSettingNamesTheManifestAndTheValue() throws Exception {
        Path manifest = Files.writeString(dir.resolve("bad.json"), """
            {"id": "bad-canonical", "role": "metric_depth", "licence": "CC0-1.0", "graph": "model.onnx", "spec_source": "test",
             "files": [{"name": "model.onnx", "source": null}],
             "input": {"name": "pixel_values", "shape": [1, 3, -1, -1], "layout": "NCHW", "normalisation": "none"},
             "outputs": [{"name": "predicted_depth", "shape": [1, -1, -1], "layout": "NHW", "unit": "m"}],
             "decoder": {"canonical_focal_px": "-5"}}
            """);
        assertThatThrownBy(() -> CanonicalFocal.of(ModelManifests.resolve(manifest.toString())))
                .isInstanceOf(ModelException.class).hasMessageContaining("bad.json")
                .hasMessageContaining("canonical_focal_px").hasMessageContaining("\"-5\"");
    }
}
