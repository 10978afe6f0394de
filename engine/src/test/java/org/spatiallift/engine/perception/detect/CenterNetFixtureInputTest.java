package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.sample.SampleScenes;

/**
 * Writes the fixture's input PNG: the built-in sample scene stretched to 512x512 by the detector's pre-processing.
 * Runs only with -Dspatiallift.writeFixtureInput=true (see benchmark-tool/scripts/centernet-fixture/README.md).
 */
class CenterNetFixtureInputTest {

    static final String RESOURCE_DIR = "src/test/resources/org/spatiallift/engine/perception/detect/";

    @Test
    @EnabledIfSystemProperty(named = "spatiallift.writeFixtureInput", matches = "true")
    void writeFixtureInputFromBuiltInScene() throws IOException {
        ColorImage resized = fixtureInput();
        Path file = Path.of(RESOURCE_DIR, CenterNetFixtureTest.INPUT_PNG);
        TestPng.write(resized, file);
        assertThat(file).isNotEmptyFile();
    }

    /** The fixture input, made fresh. */
    static ColorImage fixtureInput() {
        return ImageResizer.resize(SampleScenes.builtIn().color(), 512, 512);
    }
}
