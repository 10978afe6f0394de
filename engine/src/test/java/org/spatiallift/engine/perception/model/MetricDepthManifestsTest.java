package org.spatiallift.engine.perception.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.perception.depth.DepthSource;

/**
 * The metric depth models that can be downloaded: each built-in manifest reads, has a licence, a download URL on the
 * model hub (pinned to a full revision where one was confirmed, else following main with the hash recorded on first
 * install, said in spec_source) and exactly the signature of the published file; the one the "no depth" message
 * offers is the first metric depth model and downloadable.
 */
class MetricDepthManifestsTest {

    private static final String HF = "https://huggingface.co/";

    @Test
    void metric3dIsPinnedWithItsDynamicSignatureAndCanonicalFocalLength() throws Exception {
        ModelManifest m = ModelManifests.resolve("metric3d-vit-small");

        assertThat(m.role()).isEqualTo(ModelRole.METRIC_DEPTH);
        assertThat(m.licence()).isEqualTo("CC0-1.0");
        assertThat(m.revision()).matches("[0-9a-f]{40}");
        ModelFile f = m.files().get(0);
        assertThat(f.isUrl()).isTrue();
        assertThat(f.source()).isEqualTo(HF + "onnx-community/metric3d-vit-small/resolve/" + m.revision()
                + "/onnx/model.onnx");
        assertThat(m.specSource()).contains("recorded on first install").contains("cc0-1.0");
        TensorSpec in = m.mainGraph().inputs().get(0);
        assertThat(in.name()).isEqualTo("pixel_values");
        assertThat(in.shape()).containsExactly(1, 3, -1, -1);
        assertThat(in.normalisation().scale()).as("RGB 0..255: the graph normalises").isEqualTo(1.0);
        assertThat(in.normalisation().mean()).containsExactly(0, 0, 0);
        assertThat(m.outputNames()).containsExactly("predicted_depth", "predicted_normal", "normal_confidence");
        assertThat(m.mainGraph().outputs().get(0).unit()).isEqualTo("m");
        assertThat(m.decoderDouble("canonical_focal_px", 0)).isEqualTo(1000.0);
        assertThat(m.decoderInt("input_size", 0)).isEqualTo(518);
        assertThat(m.decoderInt("multiple_of", 0)).isEqualTo(14);
    }

    @Test
    void depthAnythingV2LargeExportsHaveTheirFixedSignatureAndSayTheHashIsRecorded() throws Exception {
        for (String[] v : List.of(new String[] {"depth-anything-v2-metric-hypersim-large", "hypersim", "20"},
                new String[] {"depth-anything-v2-metric-vkitti-large", "vkitti", "80"})) {
            ModelManifest m = ModelManifests.resolve(v[0]);
            assertThat(m.role()).as(v[0]).isEqualTo(ModelRole.METRIC_DEPTH);
            assertThat(m.licence()).as(v[0]).startsWith("Apache-2.0").contains("CC-BY-NC-4.0");
            assertThat(m.revision()).as(v[0] + ": only an abbreviated commit was seen").isNull();
            assertThat(m.specSource()).as(v[0]).contains("recorded on first install");
            assertThat(m.files().get(0).source()).as(v[0]).isEqualTo(HF
                    + "yuvraj108c/Depth-Anything-2-Onnx/resolve/main/depth_anything_v2_metric_" + v[1] + "_vitl.onnx");
            TensorSpec in = m.mainGraph().inputs().get(0);
            assertThat(in.name()).as(v[0]).isEqualTo("input");
            assertThat(in.shape()).as(v[0]).containsExactly(1, 3, 518, 518);
            assertThat(in.normalisation().std()).as(v[0] + ": ImageNet").containsExactly(0.229, 0.224, 0.225);
            assertThat(m.outputNames()).as(v[0]).containsExactly("output");
            assertThat(m.mainGraph().outputs().get(0).shape()).as(v[0]).containsExactly(1, 518, 518);
            assertThat(m.decoderInt("max_depth_m", 0)).as(v[0]).isEqualTo(Integer.parseInt(v[2]));
            assertThat(m.decoder()).as(v[0]).doesNotContainKey("canonical_focal_px");
        }
    }

    @Test
    void theSuggestedModelIsTheFirstMetricDepthModelAndCanBeDownloaded() throws Exception {
        List<ModelManifest> metric = ModelManifests.builtIn().stream().filter(m -> m.role() == ModelRole.METRIC_DEPTH)
                .toList();
        assertThat(metric.get(0).id()).isEqualTo(DepthSource.SUGGESTED_MODEL);
        assertThat(DepthSource.INSTALL_COMMAND).isEqualTo("bin/spatiallift models install " + DepthSource.SUGGESTED_MODEL);
        assertThat(metric.get(0).files()).allMatch(ModelFile::isUrl);
        // the models that can be downloaded come before those that must be exported first
        int firstExportOnly = -1;
        for (int i = 0; i < metric.size(); i++) {
            boolean downloadable = metric.get(i).files().stream().allMatch(ModelFile::isUrl);
            if (!downloadable && firstExportOnly < 0) {
                firstExportOnly = i;
            }
            if (downloadable) {
                assertThat(firstExportOnly).as(metric.get(i).id()).isNegative();
            }
        }
    }
}
