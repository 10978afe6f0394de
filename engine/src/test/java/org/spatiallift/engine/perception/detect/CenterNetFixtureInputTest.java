package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.ColorImageReader;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.sample.SampleScenes;

/**
 * The fixture's input PNG is the built-in sample scene stretched to 512x512 by the detector's pre-processing, so the
 * fixture stays reproducible from SpatialLift alone. With -Dspatiallift.writeFixtureInput=true the test first writes the
 * PNG afresh (see benchmark-tool/scripts/centernet-fixture/README.md); either way it checks the committed one.
 */
class CenterNetFixtureInputTest {

    static final String RESOURCE_DIR = "src/test/resources/org/spatiallift/engine/perception/detect/";

    @Test
    void fixtureInputIsTheResizedBuiltInScene() throws IOException, InputException {
        ColorImage fresh = fixtureInput();
        Path file = Path.of(RESOURCE_DIR, CenterNetFixtureTest.INPUT_PNG);
        if (Boolean.getBoolean("spatiallift.writeFixtureInput")) {
            TestPng.write(fresh, file);
        }

        ColorImage committed = ColorImageReader.read(file, ImageLimits.defaults()).image();

        assertThat(committed.width()).isEqualTo(512);
        assertThat(committed.height()).isEqualTo(512);
        assertThat(committed.rgb()).as("pixels of %s against a fresh render", file).isEqualTo(fresh.rgb());
    }

    /** The fixture input, made fresh. */
    static ColorImage fixtureInput() {
        return ImageResizer.resize(SampleScenes.builtIn().color(), 512, 512);
    }
}
