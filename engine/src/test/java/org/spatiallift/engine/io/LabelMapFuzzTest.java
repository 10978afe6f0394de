package org.spatiallift.engine.io;

import java.nio.charset.StandardCharsets;

import org.spatiallift.engine.testing.FuzzFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the files beside an image: label maps (PNG), names files and intrinsics files. Any bytes are
 * either read or refused with an {@link InputException}; anything else is a defect. Seeds and crash fixtures:
 * {@code LabelMapFuzzTestInputs/<method>/} in the test resources (docs/decisions/0016).
 */
class LabelMapFuzzTest {

    /** 16 million pixels: large enough for every seed, small enough that a fuzzed header cannot take the heap. */
    private static final ImageLimits LIMITS = new ImageLimits(1L << 24);

    @FuzzTest
    void labelMap(byte[] data) {
        try {
            LabelMapReader.readLabels(FuzzFiles.write("labels.png", data), LIMITS);
        } catch (InputException expected) {
            // refused with a message
        }
    }

    @FuzzTest
    void names(byte[] data) {
        try {
            LabelMapReader.readNames(FuzzFiles.write("names.txt", data));
        } catch (InputException expected) {
            // refused with a message
        }
    }

    /** An X_intrinsics.txt file: its text, trimmed, is parsed like --intrinsics and checked against a VGA image. */
    @FuzzTest
    void intrinsics(byte[] data) {
        try {
            IntrinsicsSpec spec = IntrinsicsSpec.parse(new String(data, StandardCharsets.UTF_8).trim());
            IntrinsicsResolver.fromGiven(spec, 640, 480);
        } catch (InputException expected) {
            // refused with a message
        }
    }
}
