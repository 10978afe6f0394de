package org.spatiallift.engine.perception.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an image is fitted to a detector's fixed input size.
 * <ul>
 *   <li>{@link #STRETCH}: the whole image scaled to the input size, each axis on its own — a 1242×375 KITTI frame
 *       becomes 512×512, its cars 3.3 times narrower relative to their height than the detector learned them;</li>
 *   <li>{@link #LETTERBOX}: the whole image scaled by one factor (the aspect ratio kept) into the input's top-left
 *       corner, the rest padded grey;</li>
 *   <li>{@link #TILES}: overlapping windows of the input's aspect ratio across the image's longer side, each scaled
 *       by one factor, plus one letterboxed pass of the whole image for objects larger than a window; the boxes are
 *       merged ({@link TileMerge});</li>
 *   <li>{@link #AUTO}: {@link #STRETCH} when the image's aspect ratio is within {@value #MAX_STRETCH_RATIO}× of the
 *       input's (photos of 4:3 and 16:9 on a square input: what the detector has always been measured with), else
 *       {@link #TILES} (wide frames such as KITTI's 3.3:1).</li>
 * </ul>
 */
public enum InputFit {
    AUTO("auto"),
    STRETCH("stretch"),
    LETTERBOX("letterbox"),
    TILES("tiles");

    /** {@link #AUTO} stretches an image whose aspect ratio differs from the input's by at most this factor. */
    public static final double MAX_STRETCH_RATIO = 2.0;

    private final String cliName;

    InputFit(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The fit used for an image of {@code imageW}×{@code imageH} on an input of {@code inputW}×{@code inputH}. */
    public InputFit resolve(int imageW, int imageH, int inputW, int inputH) {
        if (this != AUTO) {
            return this;
        }
        double ratio = ((double) imageW / imageH) / ((double) inputW / inputH);
        return Math.max(ratio, 1 / ratio) <= MAX_STRETCH_RATIO ? STRETCH : TILES;
    }

    /** "auto|stretch|letterbox|tiles". */
    public static String cliNames() {
        return Arrays.stream(values()).map(InputFit::cliName).collect(Collectors.joining("|"));
    }

    /** The fit called {@code name} (case-insensitive), or null when there is none. */
    public static InputFit fromCliName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst().orElse(null);
    }
}
