package org.spatiallift.engine.perception.mask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads OpenCV's native library (org.openpnp:opencv, which carries the natives for Linux, macOS and Windows on x86-64
 * and aarch64) once per process, before the first OpenCV call. The only class that knows how the natives are found.
 */
public final class OpenCv {

    private static final Logger LOG = LoggerFactory.getLogger(OpenCv.class);
    private static boolean loaded;

    private OpenCv() {
    }

    /**
     * Loads the natives if that has not happened yet; cheap afterwards.
     *
     * @throws IllegalStateException when this platform has no bundled OpenCV natives (the message says what to do)
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            nu.pattern.OpenCV.loadLocally();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("OpenCV's native library (org.openpnp:opencv) could not be loaded on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " (" + e.getMessage()
                    + "). Object masks need it: run on Linux, macOS or Windows (x86-64 or aarch64), or give the objects "
                    + "as an instance label map instead of detecting them", e);
        }
        loaded = true;
        LOG.info("OpenCV {} natives loaded in {} ms", org.opencv.core.Core.VERSION, Math.round((System.nanoTime() - t0) / 1e6));
    }
}
