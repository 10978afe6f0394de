package org.spatiallift.engine.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one naming rule that finds an image's depth file, label map, names, annotated objects and intrinsics beside it,
 * for the command line's folders and lists and for the app's folder view and dropped files alike. For a colour image
 * {@code dir/stem.ext}, a companion of kind K ("depth", "labels", "names", "objects", "intrinsics") is the first
 * existing of:
 * <ol>
 *   <li>{@code dir/../K/stem.e} when {@code dir} is called color, colour, rgb, image or images
 *       (color/00000.jpg → depth/00000.png: Redwood, ICL-NUIM);</li>
 *   <li>{@code dir/stem'.e} where stem' is the stem with its token color, colour, rgb, image or img replaced by K,
 *       keeping a capital (TUM_color.png → TUM_depth.png, rgb.png → depth.png, Color.png → Depth.png; a label map
 *       may also be called "label": scene_rgb.png → scene_label.png);</li>
 *   <li>{@code dir/stem_K.e}, {@code dir/stem-K.e} or {@code dir/stem.K.e};</li>
 *   <li>for intrinsics, last, {@code dir/intrinsics.txt}: one file for a folder of frames of one camera.</li>
 * </ol>
 * with e one of K's extensions (depth: png, pgm, npy, pfm; labels: png; objects: json; names, intrinsics: txt)
 * (color.png → objects.json, as in an annotated frame folder, docs/ground-truth-format.md). The image itself is never
 * its own companion.
 */
public final class CompanionFiles {

    /** The extensions of colour images taken from folders. */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "ppm");

    private static final Set<String> COLOUR_DIRS = Set.of("color", "colour", "rgb", "image", "images");
    private static final Set<String> COLOUR_TOKENS = Set.of("color", "colour", "rgb", "image", "img");
    private static final Set<String> COMPANION_TOKENS = Set.of("depth", "labels", "label", "names", "mask", "masks",
            "intrinsics", "disparity");

    private CompanionFiles() {
    }

    /** The extensions a companion of {@code kind} may have, in the order they are looked for. */
    public static List<String> extensions(String kind) {
        return switch (kind) {
            case "depth" -> List.of("png", "pgm", "npy", "pfm");
            case "labels" -> List.of("png");
            case "objects" -> List.of("json");
            default -> List.of("txt");
        };
    }

    /** The candidate paths for companion {@code kind} of {@code image}, in rule order. */
    public static List<Path> candidates(Path image, String kind) {
        Path dir = image.toAbsolutePath().getParent();
        String stem = stem(image.getFileName().toString());
        List<String> exts = extensions(kind);
        List<Path> out = new ArrayList<>();
        if (dir.getFileName() != null && COLOUR_DIRS.contains(dir.getFileName().toString().toLowerCase(Locale.ROOT))
                && dir.getParent() != null) {
            add(out, dir.getParent().resolve(kind), stem, exts);
        }
        if (kind.equals("labels")) {
            add(out, dir, replaceToken(stem, "label"), exts);
        }
        add(out, dir, replaceToken(stem, kind), exts);
        for (String sep : List.of("_", "-", ".")) {
            add(out, dir, stem + sep + kind, exts);
        }
        if (kind.equals("intrinsics")) {
            out.add(dir.resolve("intrinsics.txt"));
        }
        return out;
    }

    /** The first existing candidate other than the image itself, or null. */
    public static Path find(Path image, String kind) {
        Path self = image.toAbsolutePath();
        for (Path p : candidates(image, kind)) {
            if (!p.equals(self) && Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** True for files that look like colour images rather than depth maps, label maps or masks. */
    public static boolean looksLikeColour(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Path parent = file.getParent();
        if (parent != null && parent.getFileName() != null
                && COMPANION_TOKENS.contains(parent.getFileName().toString().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String token : name.substring(0, dot).toLowerCase(Locale.ROOT).split("[-_. ]")) {
            if (COMPANION_TOKENS.contains(token)) {
                return false;
            }
        }
        return true;
    }

    /** {@code stem} with its first colour token replaced by {@code kind} (capitalised like it), or null without one. */
    static String replaceToken(String stem, String kind) {
        String[] parts = stem.split("(?<=[-_. ])|(?=[-_. ])");
        StringBuilder sb = new StringBuilder();
        boolean found = false;
        for (String part : parts) {
            if (!found && COLOUR_TOKENS.contains(part.toLowerCase(Locale.ROOT))) {
                sb.append(Character.isUpperCase(part.charAt(0))
                        ? Character.toUpperCase(kind.charAt(0)) + kind.substring(1) : kind);
                found = true;
            } else {
                sb.append(part);
            }
        }
        return found ? sb.toString() : null;
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static void add(List<Path> out, Path dir, String stem, List<String> exts) {
        if (stem != null) {
            for (String ext : exts) {
                out.add(dir.resolve(stem + "." + ext));
            }
        }
    }
}
