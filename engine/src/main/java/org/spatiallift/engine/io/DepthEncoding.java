package org.spatiallift.engine.io;

import java.util.Locale;
import java.util.Objects;

/**
 * How a depth file is read into metres, and why that way.
 *
 * @param format the depth format
 * @param scale  depth units per metre as given, or null for the format's default ({@link DepthFormat#defaultScale()};
 *               for .npy it depends on the array type; nyu-raw takes none)
 * @param reason why this format: "given", "file name prefix TUM_", "extension .png", ...
 */
public record DepthEncoding(DepthFormat format, Double scale, String reason) {

    public DepthEncoding {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reason, "reason");
    }

    /** Depth units per metre this encoding divides by, or null where there is none (nyu-raw) or it depends (npy). */
    public Double effectiveScale() {
        if (scale != null) {
            return scale;
        }
        return format == DepthFormat.NYU_RAW || format == DepthFormat.NPY ? null : format.defaultScale();
    }

    /** "tum, 5000 units/m", "nyu-raw, Kinect disparity", "npy, 1 unit/m (float) or 1000 units/m (uint16)". */
    public String label() {
        Double s = effectiveScale();
        if (format == DepthFormat.NYU_RAW) {
            return format.cliName() + ", Kinect disparity (no scale)";
        }
        if (s == null) {
            return format.cliName() + ", 1 unit/m (float) or 1000 units/m (uint16)";
        }
        return String.format(Locale.ROOT, "%s, %s unit%s/m", format.cliName(), number(s), s == 1.0 ? "" : "s");
    }

    /** {@link #label()} with its reason: "tum, 5000 units/m (file name prefix TUM_)". */
    public String summary() {
        return label() + " (" + reason + ")";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%d", (long) v)
                : String.format(Locale.ROOT, "%s", v);
    }
}
