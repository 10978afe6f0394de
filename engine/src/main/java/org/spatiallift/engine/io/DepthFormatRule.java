package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule that decides how a depth file is read when no format is given, for every entry point (the CLI's lift,
 * qa and generate, and the app's Open dialog, drop, Folder tab and command-line arguments all reach it through
 * {@link RgbdLoader}). In order:
 * <ol>
 *   <li>a format given by the user wins;</li>
 *   <li>a dataset prefix of the file name: {@code TUM_…} → tum (5000 units/m), {@code SUN_…} → sun (bit-rotated
 *       millimetres), {@code KITTI_…} → kitti (scale 256, sparse), {@code NYU_….pgm} → nyu-raw (the prefix is a whole word: followed by _, -, . or a space);</li>
 *   <li>a dataset folder on the path: {@code rgbd_dataset_freiburg…} (TUM RGB-D's own layout) → tum,
 *       {@code SUNRGBD} → sun, {@code proj_depth} (KITTI depth completion's own layout:
 *       {@code …/proj_depth/groundtruth/image_02/0000000005.png}) → kitti;</li>
 *   <li>the extension ({@link DepthFormat#guess}): .png → png16 (millimetres), .npy, .pfm; a .pgm is refused.</li>
 * </ol>
 * A given scale applies to whichever format is chosen.
 */
public final class DepthFormatRule {

    private static final Pattern PREFIX = Pattern.compile("(?i)^(tum|sun|nyu|kitti)(?=[_\\-. ])");

    private DepthFormatRule() {
    }

    /** How to read {@code depth}: {@code given} if not null, else by dataset naming, else by extension. */
    public static DepthEncoding resolve(Path depth, DepthFormat given, Double scale) throws InputException {
        if (given != null) {
            return new DepthEncoding(given, scale, "given");
        }
        DepthEncoding named = byDatasetNaming(depth, scale);
        if (named != null) {
            return named;
        }
        DepthFormat guessed = DepthFormat.guess(depth);
        return new DepthEncoding(guessed, scale, "extension ." + extension(depth));
    }

    /** The encoding a dataset prefix or dataset folder names, or null when the path names none. */
    public static DepthEncoding byDatasetNaming(Path depth, Double scale) {
        Path name = depth.getFileName();
        String file = name == null ? "" : name.toString();
        Matcher m = PREFIX.matcher(file);
        if (m.find()) {
            String prefix = m.group(1).toLowerCase(Locale.ROOT);
            String why = "file name prefix " + file.substring(0, m.end() + 1);
            switch (prefix) {
                case "tum":
                    return new DepthEncoding(DepthFormat.TUM, scale, why);
                case "sun":
                    return new DepthEncoding(DepthFormat.SUN, scale, why);
                case "kitti":
                    return new DepthEncoding(DepthFormat.KITTI, scale, why);
                default:
                    if (extension(depth).equals("pgm")) {
                        return new DepthEncoding(DepthFormat.NYU_RAW, scale, why + " on a .pgm");
                    }
            }
        }
        Path parent = depth.toAbsolutePath().getParent();
        for (Path p = parent; p != null && p.getFileName() != null; p = p.getParent()) {
            String folder = p.getFileName().toString();
            String lower = folder.toLowerCase(Locale.ROOT);
            if (lower.startsWith("rgbd_dataset_freiburg")) {
                return new DepthEncoding(DepthFormat.TUM, scale, "TUM RGB-D folder " + folder);
            }
            if (lower.equals("sunrgbd")) {
                return new DepthEncoding(DepthFormat.SUN, scale, "SUN RGB-D folder " + folder);
            }
            if (lower.equals("proj_depth")) {
                return new DepthEncoding(DepthFormat.KITTI, scale, "KITTI depth folder " + folder);
            }
        }
        return null;
    }

    /**
     * The depth cut (metres) for depth read with {@code encoding} when the user gives none:
     * {@link DepthFormat#defaultMaxDepthM()} (KITTI 80 m, others 10 m); 10 m when the depth came from a model
     * ({@code encoding} null).
     */
    public static double defaultMaxDepthM(DepthEncoding encoding) {
        return encoding == null ? DepthFormat.PNG16.defaultMaxDepthM() : encoding.format().defaultMaxDepthM();
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
