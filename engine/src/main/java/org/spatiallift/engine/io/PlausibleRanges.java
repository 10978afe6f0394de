package org.spatiallift.engine.io;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that says which input values can be meant and which are merely unusual. Values outside the refused
 * range are refused with a message naming where they came from; values outside the plausible range pass with a
 * warning; values from EXIF outside their range are ignored with a warning, so the next source of intrinsics is used.
 * <ul>
 * <li>Field of view of a pinhole camera, 2 · atan(size / (2 · f)) for a focal length f in pixels along an image side
 * of size pixels: refused outside [{@value #MIN_FOV_DEG}°, {@value #MAX_FOV_DEG}°], plausible in
 * [{@value #MIN_PLAUSIBLE_FOV_DEG}°, {@value #MAX_PLAUSIBLE_FOV_DEG}°] (a 1,200 mm telephoto on full frame sees 1.7°,
 * a rectilinear 12 mm sees 112°).</li>
 * <li>EXIF focal length: {@value #MIN_EXIF_FOCAL_MM} to {@value #MAX_EXIF_FOCAL_MM} mm of lens,
 * {@value #MIN_EXIF_FOCAL_35MM} to {@value #MAX_EXIF_FOCAL_35MM} mm 35 mm-equivalent.</li>
 * <li>Object names: at most {@value #MAX_NAME_CHARS} characters.</li>
 * <li>Text files the user names (names, list and intrinsics files): at most {@link #MAX_TEXT_FILE_BYTES} bytes and
 * {@value #MAX_LINE_CHARS} characters a line, checked before they are read.</li>
 * </ul>
 */
public final class PlausibleRanges {

    public static final double MIN_FOV_DEG = 1.0;
    public static final double MAX_FOV_DEG = 179.0;
    public static final double MIN_PLAUSIBLE_FOV_DEG = 5.0;
    public static final double MAX_PLAUSIBLE_FOV_DEG = 170.0;
    public static final double MIN_EXIF_FOCAL_MM = 0.5;
    public static final double MAX_EXIF_FOCAL_MM = 2000.0;
    public static final double MIN_EXIF_FOCAL_35MM = 4.0;
    public static final double MAX_EXIF_FOCAL_35MM = 5000.0;
    public static final int MAX_NAME_CHARS = 200;
    public static final long MAX_TEXT_FILE_BYTES = 16L * 1024 * 1024;
    public static final int MAX_LINE_CHARS = 8192;

    private PlausibleRanges() {
    }

    /** The field of view in degrees that a focal length of {@code focalPx} pixels gives along {@code sizePx} pixels. */
    public static double fieldOfViewDeg(double focalPx, int sizePx) {
        return Math.toDegrees(2 * Math.atan(sizePx / (2 * focalPx)));
    }

    /**
     * Refuses a focal length no pinhole camera has and returns a warning for an unusual one.
     *
     * @param name  "fx" or "fy"
     * @param axis  "horizontal" or "vertical"
     * @param where what to name in a message ("--intrinsics", a file)
     */
    static Optional<String> checkFocalLength(String name, double focalPx, String axis, int sizePx, String where,
            String remedy) throws InputException {
        if (!Double.isFinite(focalPx) || focalPx <= 0) {
            throw InputException.forValue(where, "focal lengths must be positive and finite, got " + name + "="
                    + focalPx, remedy);
        }
        double fov = fieldOfViewDeg(focalPx, sizePx);
        String gives = String.format(Locale.ROOT, "%s = %s px gives a %s field of view of %.1f° across %d px", name,
                plain(focalPx), axis, fov, sizePx);
        if (fov < MIN_FOV_DEG || fov > MAX_FOV_DEG) {
            throw InputException.forValue(where, gives + "; a camera's is between " + plain(MIN_FOV_DEG) + "° and "
                    + plain(MAX_FOV_DEG) + "°", remedy);
        }
        if (fov < MIN_PLAUSIBLE_FOV_DEG || fov > MAX_PLAUSIBLE_FOV_DEG) {
            return Optional.of(where + ": " + gives + ", outside the usual " + plain(MIN_PLAUSIBLE_FOV_DEG) + "° to "
                    + plain(MAX_PLAUSIBLE_FOV_DEG) + "°; check that the intrinsics are in pixels of this image");
        }
        return Optional.empty();
    }

    /** Why an EXIF focal length cannot be meant, or empty when it is within range (or absent). */
    static Optional<String> exifFocalProblem(ExifInfo exif) {
        if (exif.focalLength35mm() != null && !within(exif.focalLength35mm(), MIN_EXIF_FOCAL_35MM, MAX_EXIF_FOCAL_35MM)) {
            return Optional.of("EXIF 35 mm-equivalent focal length " + plain(exif.focalLength35mm()) + " mm is outside "
                    + plain(MIN_EXIF_FOCAL_35MM) + " to " + plain(MAX_EXIF_FOCAL_35MM) + " mm");
        }
        if (exif.focalLengthMm() != null && !within(exif.focalLengthMm(), MIN_EXIF_FOCAL_MM, MAX_EXIF_FOCAL_MM)) {
            return Optional.of("EXIF focal length " + plain(exif.focalLengthMm()) + " mm is outside "
                    + plain(MIN_EXIF_FOCAL_MM) + " to " + plain(MAX_EXIF_FOCAL_MM) + " mm");
        }
        return Optional.empty();
    }

    /** A byte count for people: "3.0 GiB", "16 MiB", "512 bytes". */
    public static String bytes(long n) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (n < 1024) {
            return n + " bytes";
        }
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return v == Math.rint(v) && u < 2 ? String.format(Locale.ROOT, "%.0f %s", v, units[u])
                : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** A number as the user would write it: 12218 rather than 12218.0, 1.0E-30 as Java prints it. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return new BigDecimal(v).toPlainString();
        }
        return Double.toString(v);
    }

    private static boolean within(double v, double lo, double hi) {
        return v >= lo && v <= hi;
    }
}
