package org.spatiallift.engine.io;

import org.spatiallift.engine.testing.FuzzFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for colour images (JPEG, PNG, BMP, PPM/PGM, with EXIF): any bytes are either decoded, with intrinsics
 * from their EXIF or the default field of view, or refused with an {@link InputException}; anything else is a defect.
 * Seeds and crash fixtures: {@code ColourImageFuzzTestInputs/colour/} in the test resources (docs/decisions/0016).
 */
class ColourImageFuzzTest {

    /** 16 million pixels: large enough for every seed, small enough that a fuzzed header cannot take the heap. */
    private static final ImageLimits LIMITS = new ImageLimits(1L << 24);

    @FuzzTest
    void colour(byte[] data) {
        try {
            DecodedColor decoded = ColorImageReader.read(FuzzFiles.write("colour.img", data), LIMITS);
            IntrinsicsResolver.resolve(null, decoded.exif(), decoded.image().width(), decoded.image().height(),
                    FuzzFiles.write("colour.img", data));
        } catch (InputException expected) {
            // refused with a message: the wanted outcome for bad bytes
        }
    }
}
