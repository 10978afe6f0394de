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
    PNG16("png16", 1000.0, true, 10.0),
    /** TUM RGB-D: png16 with scale 5000 (1/5 mm). */
    TUM("tum", 5000.0, true, 10.0),
    /** SUN RGB-D: 16-bit PNG with the bits rotated, d = ((v &gt;&gt; 3) | (v &lt;&lt; 13)) &amp; 0xFFFF, then d / scale (1000). */
    SUN("sun", 1000.0, true, 10.0),
    /**
     * NYU Depth v2 raw: 16-bit PGM whose samples are little-endian (against the PGM standard), raw Kinect disparity
     * v: metres = 351.3 / (1092.5 − v); v = 2047, and any v giving a non-positive depth, is missing. No scale.
     */
    NYU_RAW("nyu-raw", 1.0, false, 10.0),
    /**
     * KITTI depth completion: png16 with scale 256, sparse (0 = missing). A LiDAR scan of a street: its default depth
     * cut is 80 m (KITTI's own evaluation range), not an indoor sensor's 10 m, which would drop every car.
     */
    KITTI("kitti", 256.0, true, 80.0),
    /** NumPy .npy, 2-D float32/float64 (metres / scale, scale 1) or uint16 (v / scale, scale 1000), either byte order. */
    NPY("npy", 1.0, true, 10.0),
    /** PFM "Pf" single-channel float, metres / scale (scale 1); the header's scale sign gives the byte order. */
    PFM("pfm", 1.0, true, 10.0);

    private final String cliName;
    private final double defaultScale;
    private final boolean acceptsScale;
    private final double defaultMaxDepthM;

    DepthFormat(String cliName, double defaultScale, boolean acceptsScale, double defaultMaxDepthM) {
        this.cliName = cliName;
        this.defaultScale = defaultScale;
        this.acceptsScale = acceptsScale;
        this.defaultMaxDepthM = defaultMaxDepthM;
    }

    /**
     * The depth cut (metres) a lift uses when the user gives none: 10 m for indoor sensors (Kinect-class: beyond that
     * their depth is noise) and for files that do not say, 80 m for KITTI (outdoor LiDAR). The one place this rule
     * lives; {@link DepthFormatRule#defaultMaxDepthM} applies it to a resolved encoding.
     */
    public double defaultMaxDepthM() {
        return defaultMaxDepthM;
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
                    "Pass --depth-format nyu-raw for NYU Depth v2 raw frames, or convert to a 16-bit PNG and pass --depth-format png16")
                    .advise(Advice.CHOOSE_DEPTH_FORMAT);
        }
        throw new InputException(depthFile, "cannot guess the depth format from the file name",
                "Pass --depth-format, one of " + cliNames()).advise(Advice.CHOOSE_DEPTH_FORMAT);
    }
}
