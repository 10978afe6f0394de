package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The voxel cloud on the sample scene, without a toolkit: the pipeline panel says how many voxels the later stages
 * used, and the 3D view can show exactly those voxels, in the canonical frame.
 */
class VoxelCloudViewModelTest {

    private static final Pattern COUNT = Pattern.compile("^([0-9,]+) voxels of ([0-9.]+) m");

    private MainViewModel viewModel;

    @BeforeEach
    void openSample() {
        viewModel = new MainViewModel(new SameThreadExecutor());
        viewModel.openSample();
    }

    @Test
    void voxelCountIsShownAndFollowsTheVoxelSize() {
        int before = shownCount("0.020");
        assertThat(before).isEqualTo(viewModel.sceneProperty().get().voxels().count()).isPositive();

        viewModel.pipeline().voxelMProperty().set("0.08");
        viewModel.applyParameters();

        int after = shownCount("0.080");
        assertThat(after).isEqualTo(viewModel.sceneProperty().get().voxels().count());
        assertThat(after).as("4× larger voxels leave far fewer of them").isLessThan(before / 4);
        assertThat(viewModel.pipeline().voxelCountProperty().get()).endsWith(String.format(java.util.Locale.ROOT,
                " from %,d points", viewModel.sceneProperty().get().cloud().totalPoints()));
    }

    @Test
    void showVoxelsShowsACloudWithThatManyPointsInTheCanonicalFrame() {
        SceneSnapshot scene = viewModel.sceneProperty().get();
        assertThat(viewModel.shownCloudProperty().get()).isSameAs(scene.cloud());

        viewModel.showVoxelsProperty().set(true);

        CloudData shown = viewModel.shownCloudProperty().get();
        assertThat(shown.count()).isEqualTo(shownCount("0.020")).isLessThan(scene.cloud().count());
        assertThat(viewModel.coloursProperty().get().argb()).hasSize(shown.count());
        assertThat(shown.pointSizeM()).isEqualTo(0.02f);
        double[] v = shown.bounds();
        double[] c = scene.cloud().bounds();
        for (int a = 0; a < 6; a++) {
            // a voxel's centroid lies within one voxel diagonal (3.5 cm) of each of its points
            assertThat(v[a]).as("voxel bound %d near the cloud's (canonical frame, not camera)", a)
                    .isCloseTo(c[a], org.assertj.core.api.Assertions.within(0.035));
        }

        viewModel.showVoxelsProperty().set(false);

        assertThat(viewModel.shownCloudProperty().get()).isSameAs(scene.cloud());
        assertThat(viewModel.coloursProperty().get().argb()).hasSize(scene.cloud().count());
    }

    @Test
    void voxelsColouredByInstanceShowTheObjectsColours() {
        viewModel.preferences().colourModeProperty().set(ColourMode.INSTANCE);
        viewModel.showVoxelsProperty().set(true);

        int[] argb = viewModel.coloursProperty().get().argb();
        long objectVoxels = java.util.Arrays.stream(argb)
                .filter(c -> (c & 0xFFFFFF) != CloudColouring.NO_INSTANCE).count();
        assertThat(objectVoxels).as("voxels coloured by an object").isGreaterThan(argb.length / 20);
    }

    @Test
    void pickingAVoxelPicksTheLiftedPointNearIt() {
        viewModel.showVoxelsProperty().set(true);
        CloudData voxels = viewModel.shownCloudProperty().get();
        int k = voxels.count() / 3;
        double[] hit = {voxels.xyz()[3 * k], voxels.xyz()[3 * k + 1], voxels.xyz()[3 * k + 2]};

        viewModel.pick(k, hit);

        double[] p = viewModel.inspector().pickedProperty().get().canonical();
        double d = Math.sqrt(Math.pow(p[0] - hit[0], 2) + Math.pow(p[1] - hit[1], 2) + Math.pow(p[2] - hit[2], 2));
        assertThat(d).as("distance from the voxel's centroid, m").isLessThan(0.02 * Math.sqrt(3));
    }

    /** The count the pipeline panel shows, checking the voxel size it names. */
    private int shownCount(String voxelM) {
        String text = viewModel.pipeline().voxelCountProperty().get();
        Matcher m = COUNT.matcher(text);
        assertThat(m.find()).as("'%s' starts with the voxel count", text).isTrue();
        assertThat(m.group(2)).isEqualTo(voxelM);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }
}
