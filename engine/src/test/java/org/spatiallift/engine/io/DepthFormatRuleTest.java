package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepthFormatRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            other_formats/TUM_depth.png,                        tum,     'tum, 5000 units/m',          file name prefix TUM_
            x/tum-0001.png,                                     tum,     'tum, 5000 units/m',          file name prefix tum-
            other_formats/SUN_depth.png,                        sun,     'sun, 1000 units/m',          file name prefix SUN_
            other_formats/NYU_depth.pgm,                        nyu-raw, 'nyu-raw, Kinect disparity (no scale)', file name prefix NYU_ on a .pgm
            rgbd_dataset_freiburg1_xyz/depth/1305031102.16.png, tum,     'tum, 5000 units/m',          TUM RGB-D folder rgbd_dataset_freiburg1_xyz
            SUNRGBD/kv1/b3dodata/img_0063/depth/img_0063.png,   sun,     'sun, 1000 units/m',          SUN RGB-D folder SUNRGBD
            depth/00000.png,                                    png16,   'png16, 1000 units/m',        extension .png
            KITTI_depth.png,                                    kitti,   'kitti, 256 units/m',         file name prefix KITTI_
            drive_0001_sync/proj_depth/groundtruth/image_02/0000000005.png, kitti, 'kitti, 256 units/m', KITTI depth folder proj_depth
            kittiwake.png,                                      png16,   'png16, 1000 units/m',        extension .png
            tumbler_depth.png,                                  png16,   'png16, 1000 units/m',        extension .png
            sunset.npy,                                         npy,     'npy, 1 unit/m (float) or 1000 units/m (uint16)', extension .npy
            NYU_depth.png,                                      png16,   'png16, 1000 units/m',        extension .png
            """)
    void resolveWithoutFormatFollowsDatasetNamingThenExtension(String file, String format, String label, String reason)
            throws Exception {
        DepthEncoding e = DepthFormatRule.resolve(Path.of(file), null, null);

        assertThat(e.format().cliName()).isEqualTo(format);
        assertThat(e.label()).isEqualTo(label);
        assertThat(e.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} -> {1} m")
    @CsvSource(textBlock = """
            kitti,   80
            png16,   10
            tum,     10
            sun,     10
            nyu-raw, 10
            """)
    void defaultMaxDepthFollowsTheFormat(String format, double metres) throws Exception {
        DepthEncoding e = new DepthEncoding(DepthFormat.fromCliName(format), null, "given");

        assertThat(DepthFormatRule.defaultMaxDepthM(e)).isEqualTo(metres);
    }

    @Test
    void defaultMaxDepthOfModelDepthIsTheIndoorCut() {
        assertThat(DepthFormatRule.defaultMaxDepthM(null)).isEqualTo(10.0);
    }

    @Test
    void resolveKeepsGivenFormatAndScale() throws Exception {
        DepthEncoding e = DepthFormatRule.resolve(Path.of("TUM_depth.png"), DepthFormat.PNG16, 4000.0);

        assertThat(e.summary()).isEqualTo("png16, 4000 units/m (given)");
    }

    @Test
    void resolveAppliesGivenScaleToTheDetectedFormat() throws Exception {
        DepthEncoding e = DepthFormatRule.resolve(Path.of("SUN_depth.png"), null, 1000.0);

        assertThat(e.format()).isEqualTo(DepthFormat.SUN);
        assertThat(e.effectiveScale()).isEqualTo(1000.0);
    }

    @Test
    void resolveRefusesPgmWithoutDatasetPrefixNamingTheFile() {
        assertThatThrownBy(() -> DepthFormatRule.resolve(Path.of("frame.pgm"), null, null))
                .isInstanceOf(InputException.class).hasMessageStartingWith("frame.pgm: cannot guess the depth format");
    }
}
