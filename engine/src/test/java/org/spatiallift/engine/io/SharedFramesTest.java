package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.testing.SharedData;

/**
 * Real RGB-D frames from ../shared/data/rgbd: every depth frame gives exactly Open3D 0.16.1's point count
 * (reference-open3d.json) with the same depth cut, and every colour image decodes to 640x480.
 */
class SharedFramesTest {

    private static JsonNode reference() throws Exception {
        return new ObjectMapper().readTree(SharedData.rgbd("reference-open3d.json").toFile()).get("frames");
    }

    @ParameterizedTest(name = "{0} as {1}, cut {2} m")
    @CsvSource(textBlock = """
            depth/00000.png,              png16,   3.0
            depth/00001.png,              png16,   3.0
            depth/00002.png,              png16,   3.0
            depth/00003.png,              png16,   3.0
            depth/00004.png,              png16,   3.0
            other_formats/TUM_depth.png,  tum,     4.0
            other_formats/SUN_depth.png,  sun,     7.0
            other_formats/NYU_depth.pgm,  nyu-raw, 7.0
            """)
    void readCountsExactlyOpen3dPointsWithinCut(String frame, String format, double cutM) throws Exception {
        Path file = SharedData.rgbd(frame);
        int expected = reference().get(frame).get("points").asInt();

        DepthImage depth = DepthReader.read(file, DepthFormat.fromCliName(format), null, ImageLimits.defaults());

        assertThat(depth.width()).isEqualTo(640);
        assertThat(depth.height()).isEqualTo(480);
        assertThat(depth.countInRange(0, cutM)).as(frame).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            color/00000.jpg
            color/00001.jpg
            color/00002.jpg
            color/00003.jpg
            color/00004.jpg
            other_formats/TUM_color.png
            other_formats/SUN_color.jpg
            other_formats/NYU_color.ppm
            """)
    void readDecodesEveryColourImageAt640x480(String frame) throws Exception {
        DecodedColor decoded = ColorImageReader.read(SharedData.rgbd(frame), ImageLimits.defaults());

        ColorImage img = decoded.image();
        assertThat(img.width()).isEqualTo(640);
        assertThat(img.height()).isEqualTo(480);
        assertThat(decoded.exif().orientation()).isEqualTo(1);
        assertThat(java.util.Arrays.stream(img.rgb()).distinct().count()).as("a real picture, not a flat fill")
                .isGreaterThan(1000);
    }
}
