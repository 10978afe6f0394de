package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a depth file encodes metres. Integer formats give metres = value / scale (value and scale as float32, as
 * Open3D computes it); 0 is missing everywhere.
 */
public enum DepthFormat {
    /** 16-bit grey PNG, metres = v / scale, scale 1000 (millimetres) unless given. */
    PNG16("png16", 1000.0, true),
    /** TUM RGB-D: png16 with scale 5000 (1/5 mm). */
    TUM("tum", 5000.0, true),
    /** SUN RGB-D: 16-bit PNG with the bits rotated, d = ((v &gt;&gt; 3) | (v &lt;&lt; 13)) &amp; 0xFFFF, then d / scale (1000). */
    SUN("sun", 1000.0, true),
    /**
     * NYU Depth v2 raw: 16-bit PGM whose samples are little-endian (against the PGM standard), raw Kinect disparity
     * v: metres = 351.3 / (1092.5 − v); v = 2047, and any v giving a non-positive depth, is missing. No scale.
     */
    NYU_RAW("nyu-raw", 1.0, false),
    /** KITTI depth completion: png16 with scale 256, sparse (0 = missing). */
    KITTI("kitti", 256.0, true),
    /** NumPy .npy, 2-D float32/float64 (metres / scale, scale 1) or uint16 (v / scale, scale 1000), either byte order. */
    NPY("npy", 1.0, true),
    /** PFM "Pf" single-channel float, metres / scale (scale 1); the header's scale sign gives the byte order. */
    PFM("pfm", 1.0, true);

    private final String cliName;
    private final double defaultScale;
    private final boolean acceptsScale;

    DepthFormat(String cliName, double defaultScale, boolean acceptsScale) {
        this.cliName = cliName;
        this.defaultScale = defaultScale;
        this.acceptsScale = acceptsScale;
    }

    /** The name used by --depth-format ("png16", "nyu-raw", ...). */
    public String cliName() {
        return cliName;
    }

    /**
     * Depth units per metre when no --depth-scale is given. For {@link #NPY} this is the float default; uint16
     * arrays default to 1000 (millimetres). {@link #NYU_RAW} takes no scale.
     */
    public double defaultScale() {
        return defaultScale;
    }

    /** Whether --depth-scale applies to this format (not to nyu-raw, whose formula gives metres). */
    public boolean acceptsScale() {
        return acceptsScale;
    }

    /** "png16|tum|sun|nyu-raw|kitti|npy|pfm". */
    public static String cliNames() {
        return Arrays.stream(values()).map(DepthFormat::cliName).collect(Collectors.joining("|"));
    }

    /** The format called {@code name} on the command line (case-insensitive). */
    public static DepthFormat fromCliName(String name) throws InputException {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (DepthFormat f : values()) {
                if (f.cliName.equals(n)) {
                    return f;
                }
            }
        }
        throw InputException.forValue("--depth-format", "unknown depth format '" + name + "'",
                "Use one of " + cliNames());
    }

    /**
     * Guesses the format from the file name when none is given: .png → png16, .npy → npy, .pfm → pfm. A .pgm may be
     * NYU raw or a standard PGM, and other extensions say nothing, so those are refused.
     */
    public static DepthFormat guess(Path depthFile) throws InputException {
        Path name = depthFile.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".png")) {
            return PNG16;
        }
        if (n.endsWith(".npy")) {
            return NPY;
        }
        if (n.endsWith(".pfm")) {
            return PFM;
        }
        if (n.endsWith(".pgm")) {
            throw new InputException(depthFile, "cannot guess the depth format of a .pgm file (NYU raw Kinect"
                    + " disparity is little-endian, a standard PGM is not)",
                    "Pass --depth-format nyu-raw for NYU Depth v2 raw frames, or convert to a 16-bit PNG and pass --depth-format png16");
        }
        throw new InputException(depthFile, "cannot guess the depth format from the file name",
                "Pass --depth-format, one of " + cliNames());
    }
}
