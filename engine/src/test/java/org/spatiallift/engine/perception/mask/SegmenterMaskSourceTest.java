package org.spatiallift.engine.perception.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * Masks from the box-prompted segmenter (the MobileSAM manifest on the stand-in ONNX pair, whose mask is exactly the
 * prompt box, mapped through the 1024 frame and back) refined by depth, and the choice between it and GrabCut: a
 * 160 × 120 frame with a wall at 3 m and two boxes at 1.5 m and 2 m.
 */
class SegmenterMaskSourceTest {

    private static final int W = 160;
    private static final int H = 120;

    @TempDir
    Path dir;

    @Test
    void modelMasksLandInImagePixelsWhereTheSegmenterPutsThem() throws Exception {
        ModelStore store = installedStore();
        Detection a = new Detection("box", 1, 0.9, new PixelBox(20, 30, 60, 90));
        Detection b = new Detection("crate", 2, 0.8, new PixelBox(90, 10, 140, 70));

        ObjectMasks m;
        try (MaskSourceChoice choice = MaskSources.choose(store, null, MaskParameters.defaults(), InferenceOptions.defaults())) {
            assertThat(choice.name()).isEqualTo("mobilesam-box-segmenter");
            assertThat(choice.reason()).isEqualTo("installed");
            m = choice.source().masks(frame(), List.of(a, b));
        }

        assertThat(m.source()).isEqualTo("mobilesam-box-segmenter");
        assertThat(m.segmenter().fileSha256()).containsKeys("mobile_sam_image_encoder.onnx", "sam_mask_decoder_single.onnx");
        assertThat(m.reports()).extracting(MaskReport::method).containsExactly(MaskMethod.MODEL, MaskMethod.MODEL);
        assertThat(m.reports()).allSatisfy(r -> assertThat(r.kept()).as(r.leftOutReason()).isTrue());
        int[] ids = m.labels().labels().ids();
        // the box's pixels, all but its four corner pixels, which the morphological clean-up rounds off
        assertThat(outside(ids, 1, 20, 30, 60, 90)).isZero();
        assertThat(pixelsOf(ids, 1)).isEqualTo(40 * 60 - 4);
        assertThat(ids[31 * W + 20]).isEqualTo(1);
        assertThat(ids[88 * W + 59]).isEqualTo(1);
        // the crate's box reaches past the crate onto the wall: the depth layer cuts the wall off (crate x 90..129)
        assertThat(outside(ids, 2, 90, 10, 130, 70)).isZero();
        assertThat(pixelsOf(ids, 2)).isEqualTo(40 * 60 - 4);
        assertThat(ids[40 * W + 129]).isEqualTo(2);
        assertThat(m.labels().names()).isEqualTo(Map.of(1, "box", 2, "crate"));
    }

    @Test
    void withoutAnInstalledSegmenterGrabCutMakesTheMasks() throws Exception {
        ModelStore empty = new ModelStore(dir.resolve("empty"));

        try (MaskSourceChoice choice = MaskSources.choose(empty, null, MaskParameters.defaults(), InferenceOptions.defaults())) {
            assertThat(choice.name()).isEqualTo("grabcut");
            assertThat(choice.reason()).isEqualTo("no box segmenter installed");
            assertThat(choice.usesModel()).isFalse();
            ObjectMasks m = choice.source().masks(frame(), List.of(new Detection("box", 1, 0.9, new PixelBox(20, 30, 60, 90))));
            assertThat(m.source()).isEqualTo("grabcut");
            assertThat(m.segmenter()).isNull();
            assertThat(m.reports().get(0).method()).isIn(MaskMethod.GRABCUT_AND_DEPTH, MaskMethod.DEPTH_ONLY);
        }
    }

    @Test
    void grabCutAskedForIsUsedEvenWithASegmenterInstalled() throws Exception {
        try (MaskSourceChoice choice = MaskSources.choose(installedStore(), "grabcut", MaskParameters.defaults(),
                InferenceOptions.defaults())) {
            assertThat(choice.name()).isEqualTo("grabcut");
            assertThat(choice.reason()).isEqualTo("asked for");
        }
    }

    @Test
    void askingForAMissingOrWrongModelNamesItAndTheRemedy() {
        ModelStore empty = new ModelStore(dir.resolve("empty"));

        assertThatThrownBy(() -> MaskSources.choose(empty, "mobilesam-box-segmenter", MaskParameters.defaults(),
                InferenceOptions.defaults())).isInstanceOf(ModelException.class).hasMessageContaining("model file not found")
                .hasMessageContaining("models install mobilesam-box-segmenter");
        assertThatThrownBy(() -> MaskSources.choose(empty, "clip-vit-base-patch32", MaskParameters.defaults(),
                InferenceOptions.defaults())).isInstanceOf(ModelException.class)
                .hasMessageContaining("is a image_text_embedding, not box_segmenter").hasMessageContaining("grabcut");
    }

    private ModelStore installedStore() throws Exception {
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.samEncoder(), export.resolve("mobile_sam_image_encoder.onnx"));
        StandInModels.write(StandInModels.samDecoder(), export.resolve("sam_mask_decoder_single.onnx"));
        ModelStore store = new ModelStore(dir.resolve("cache"));
        StandInModels.install(ModelManifests.resolve("mobilesam-box-segmenter"), store, export);
        return store;
    }

    /** Wall at 3 m; a box at 1.5 m on x 20..59, y 30..89; a crate at 2 m on x 90..129, y 10..69; grey everywhere. */
    private static MaskInput frame() {
        float[] z = new float[W * H];
        Arrays.fill(z, 3f);
        fill(z, 20, 30, 60, 90, 1.5f);
        fill(z, 90, 10, 130, 70, 2f);
        int[] rgb = new int[W * H];
        Arrays.fill(rgb, 0x808080);
        return new MaskInput(new ColorImage(W, H, rgb), new DepthImage(W, H, z),
                new Intrinsics(150, 150, W / 2.0, H / 2.0, W, H, IntrinsicsSource.GIVEN), null, 0.1, 10);
    }

    private static void fill(float[] z, int x0, int y0, int x1, int y1, float value) {
        for (int v = y0; v < y1; v++) {
            Arrays.fill(z, v * W + x0, v * W + x1, value);
        }
    }

    private static int outside(int[] ids, int id, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int p = 0; p < ids.length; p++) {
            int u = p % W, v = p / W;
            n += ids[p] == id && (u < x0 || u >= x1 || v < y0 || v >= y1) ? 1 : 0;
        }
        return n;
    }

    private static int pixelsOf(int[] ids, int id) {
        return (int) Arrays.stream(ids).filter(i -> i == id).count();
    }
}
