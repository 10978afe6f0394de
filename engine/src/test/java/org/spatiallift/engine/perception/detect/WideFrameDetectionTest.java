package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.ColorImageReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * The real detector on a frame four times as wide as high (the TUM, SUN and NYU frames of ../shared/data/rgbd side
 * by side, 1920x480: no KITTI frame is in the shared data, and this has KITTI's problem, an input stretched 3–4×):
 * the default fit tiles it, and the tiles find in each part what the detector finds in that frame alone.
 */
class WideFrameDetectionTest {

    private static final Logger LOG = LoggerFactory.getLogger(WideFrameDetectionTest.class);
    private static final String[] PARTS = {"other_formats/TUM_color.png", "other_formats/SUN_color.jpg",
            "other_formats/NYU_color.ppm"};
    private static Detector stretch;
    private static Detector auto;
    private static Detector letterbox;

    @BeforeAll
    static void open() throws Exception {
        stretch = Detector.open(TestModels.detector(), DetectorOptions.defaults().withFit(InputFit.STRETCH));
        auto = Detector.open(TestModels.detector(), DetectorOptions.defaults());
        letterbox = Detector.open(TestModels.detector(), DetectorOptions.defaults().withFit(InputFit.LETTERBOX));
    }

    @AfterAll
    static void close() {
        for (Detector d : new Detector[] {stretch, auto, letterbox}) {
            if (d != null) {
                d.close();
            }
        }
    }

    @Test
    void wideFrameIsTiledAndEachPartKeepsWhatItsFrameAloneShows() throws Exception {
        List<ColorImage> parts = new ArrayList<>();
        for (String p : PARTS) {
            parts.add(read(p));
        }
        ColorImage wide = sideBySide(parts);
        assertThat(InputFit.AUTO.resolve(wide.width(), wide.height(), 512, 512)).isEqualTo(InputFit.TILES);

        List<Detection> tiled = auto.detect(wide).detections();
        List<Detection> stretched = stretch.detect(wide).detections();
        List<Detection> boxed = letterbox.detect(wide).detections();
        int alone = 0;
        for (ColorImage part : parts) {
            alone += stretch.detect(part).detections().size();
        }
        LOG.info(String.format(Locale.ROOT, "1920x480 frame: stretch %d, letterbox %d, tiles %d detections; "
                + "the three frames alone %d", stretched.size(), boxed.size(), tiled.size(), alone));

        assertThat(tiled.size()).as("tiles %s against stretch %s", tiled, stretched).isGreaterThan(stretched.size());
        assertThat(tiled.size()).as("tiles %s against letterbox %s", tiled, boxed).isGreaterThan(boxed.size());
        // the TUM part (x < 640): both chairs and three bottles, as the TUM frame alone gives them
        List<Detection> tum = tiled.stream().filter(d -> d.box().x1() <= 640 + 2).toList();
        assertThat(tum.stream().filter(d -> d.label().equals("chair")).count()).as("%s", tum).isGreaterThanOrEqualTo(2);
        assertThat(tum.stream().filter(d -> d.label().equals("bottle")).count()).as("%s", tum).isGreaterThanOrEqualTo(3);
        // no box spans two frames: merged tiles do not glue neighbours together
        for (Detection d : tiled) {
            int part = (int) (d.box().centerX() / 640);
            assertThat(d.box().x0()).as("%s", d).isGreaterThanOrEqualTo(part * 640 - 4.0);
            assertThat(d.box().x1()).as("%s", d).isLessThanOrEqualTo((part + 1) * 640 + 4.0);
        }
    }

    private static ColorImage read(String relative) throws InputException {
        return ColorImageReader.read(SharedData.rgbd(relative), ImageLimits.defaults()).image();
    }

    private static ColorImage sideBySide(List<ColorImage> parts) {
        int h = parts.get(0).height();
        int w = parts.stream().mapToInt(ColorImage::width).sum();
        int[] rgb = new int[w * h];
        int x = 0;
        for (ColorImage p : parts) {
            assertThat(p.height()).isEqualTo(h);
            for (int v = 0; v < h; v++) {
                System.arraycopy(p.rgb(), v * p.width(), rgb, v * w + x, p.width());
            }
            x += p.width();
        }
        return new ColorImage(w, h, rgb);
    }
}
