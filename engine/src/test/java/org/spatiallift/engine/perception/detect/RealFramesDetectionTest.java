package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.ColorImageReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/** The real detector on real photos from ../shared/data/rgbd: what is in them, where it is. */
class RealFramesDetectionTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealFramesDetectionTest.class);
    private static Detector detector;

    @BeforeAll
    static void open() throws InputException {
        detector = Detector.open(TestModels.detector(), DetectorOptions.defaults());
    }

    @AfterAll
    static void close() {
        if (detector != null) {
            detector.close();
        }
    }

    @Test
    void tumFrameHasBothChairsAndAtLeastThreeBottles() throws InputException, DetectionException {
        List<Detection> found = detect("other_formats/TUM_color.png");

        List<Detection> chairs = of(found, "chair");
        List<Detection> bottles = of(found, "bottle");
        assertThat(chairs).as("chairs in %s", found).hasSizeGreaterThanOrEqualTo(2);
        assertThat(bottles).as("bottles in %s", found).hasSizeGreaterThanOrEqualTo(3);
        // the purple office chair bottom left, the yellow one under the right desk (640x480 frame)
        assertThat(chairs).anySatisfy(c -> {
            assertThat(c.box().centerX()).isBetween(60.0, 220.0);
            assertThat(c.box().centerY()).isBetween(300.0, 440.0);
        });
        assertThat(chairs).anySatisfy(c -> {
            assertThat(c.box().centerX()).isBetween(380.0, 520.0);
            assertThat(c.box().centerY()).isBetween(260.0, 420.0);
        });
        // bottles stand upright on the desk or the shelf above it: taller than wide, small, in the upper half
        for (Detection b : bottles) {
            assertThat(b.box().height()).as("%s", b).isGreaterThan(1.3 * b.box().width());
            assertThat(b.box().height()).as("%s", b).isBetween(30.0, 120.0);
            assertThat(b.box().y1()).as("%s", b).isLessThan(240.0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"color/00000.jpg", "color/00001.jpg", "color/00002.jpg", "color/00003.jpg", "color/00004.jpg"})
    void redwoodFrameHasTheChair(String frame) throws InputException, DetectionException {
        List<Detection> found = detect(frame);

        // the white armchair on the right of the 640x480 frame
        assertThat(of(found, "chair")).as("chairs in %s", found).anySatisfy(c -> {
            assertThat(c.box().centerX()).isBetween(400.0, 560.0);
            assertThat(c.box().centerY()).isBetween(200.0, 360.0);
            assertThat(c.box().width() * c.box().height()).isGreaterThan(0.1 * 640 * 480);
        });
    }

    private static List<Detection> detect(String relative) throws InputException, DetectionException {
        ColorImage image = ColorImageReader.read(SharedData.rgbd(relative), ImageLimits.defaults()).image();
        Detections d = detector.detect(image);
        for (Detection x : d.detections()) {
            LOG.info("{}: {} {} [{} {} {} {}]", relative, x.label(), String.format("%.3f", x.score()),
                    Math.round(x.box().x0()), Math.round(x.box().y0()), Math.round(x.box().x1()), Math.round(x.box().y1()));
        }
        LOG.info("{}: {}", relative, d.timings());
        return d.detections();
    }

    private static List<Detection> of(List<Detection> found, String label) {
        return found.stream().filter(x -> x.label().equals(label)).toList();
    }
}
