package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.Locale;

import org.spatiallift.engine.image.DepthImage;

/** Refuses depth that a lift cannot use: NaN or infinite values, negative values, or no depth at all. */
final class DepthValidation {

    private DepthValidation() {
    }

    static void requireUsable(Path file, DepthImage depth, DepthFormat format) throws InputException {
        float[] m = depth.metres();
        int w = depth.width();
        int nonFinite = 0;
        int firstNonFinite = -1;
        int negative = 0;
        int firstNegative = -1;
        int valid = 0;
        for (int i = 0; i < m.length; i++) {
            float d = m[i];
            if (!Float.isFinite(d)) {
                if (nonFinite++ == 0) {
                    firstNonFinite = i;
                }
            } else if (d < 0) {
                if (negative++ == 0) {
                    firstNegative = i;
                }
            } else if (d > 0) {
                valid++;
            }
        }
        if (nonFinite > 0) {
            throw new InputException(file, nonFinite + " depth values are NaN or infinite (first at pixel "
                    + pixel(firstNonFinite, w) + " = " + m[firstNonFinite] + ")",
                    "Store missing depth as 0, which means no depth");
        }
        if (negative > 0) {
            throw new InputException(file, String.format(Locale.ROOT, "%d depth values are negative (first at pixel %s = %g m)",
                    negative, pixel(firstNegative, w), m[firstNegative]),
                    "Depth must be 0 or more metres along the optical axis, with 0 for missing; fix the file");
        }
        if (valid == 0) {
            throw new InputException(file, "has no valid depth: all " + w + "x" + depth.height() + " pixels are 0 (missing)",
                    "Check that this is the depth file and that --depth-format (" + format.cliName()
                            + ") and --depth-scale match it");
        }
    }

    private static String pixel(int i, int width) {
        return "(" + i % width + ", " + i / width + ")";
    }
}
