package org.spatiallift.engine.io;

import org.spatiallift.engine.testing.FuzzFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the seven depth formats: any bytes are either read as depth or refused with an
 * {@link InputException}; anything else escaping the reader (a runtime exception, an error) is a defect. Seeds and
 * crash fixtures are in {@code DepthFuzzTestInputs/<method>/} in the test resources (docs/decisions/0016).
 */
class DepthFuzzTest {

    /** 16 million pixels: large enough for every seed, small enough that a fuzzed header cannot take the heap. */
    private static final ImageLimits LIMITS = new ImageLimits(1L << 24);

    @FuzzTest
    void png16(byte[] data) {
        read(data, "depth.png", DepthFormat.PNG16);
    }

    @FuzzTest
    void tum(byte[] data) {
        read(data, "depth.png", DepthFormat.TUM);
    }

    @FuzzTest
    void sun(byte[] data) {
        read(data, "depth.png", DepthFormat.SUN);
    }

    @FuzzTest
    void kitti(byte[] data) {
        read(data, "depth.png", DepthFormat.KITTI);
    }

    @FuzzTest
    void nyuRaw(byte[] data) {
        read(data, "depth.pgm", DepthFormat.NYU_RAW);
    }

    @FuzzTest
    void npy(byte[] data) {
        read(data, "depth.npy", DepthFormat.NPY);
    }

    @FuzzTest
    void pfm(byte[] data) {
        read(data, "depth.pfm", DepthFormat.PFM);
    }

    private static void read(byte[] data, String name, DepthFormat format) {
        try {
            DepthReader.read(FuzzFiles.write(name, data), format, null, LIMITS);
        } catch (InputException expected) {
            // refused with a message: the wanted outcome for bad bytes
        }
    }
}
