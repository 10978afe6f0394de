package org.spatiallift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The naming rules that find an image's depth file, label map, names, annotated objects and intrinsics beside it. For
 * a colour image {@code dir/stem.ext}, a companion of kind K ("depth", "labels", "names", "objects", "intrinsics") is
 * the first existing of:
 * <ol>
 *   <li>{@code dir/../K/stem.e} when {@code dir} is called color, colour, rgb, image or images
 *       (color/00000.jpg → depth/00000.png);</li>
 *   <li>{@code dir/stem'.e} where stem' is the stem with its token color, colour, rgb or image replaced by K
 *       (TUM_color.png → TUM_depth.png, rgb.png → depth.png);</li>
 *   <li>{@code dir/stem_K.e}, {@code dir/stem-K.e} or {@code dir/stem.K.e}.</li>
 * </ol>
 * with e one of K's extensions (depth: png, pgm, npy, pfm; labels: png; objects: json; names, intrinsics: txt)
 * (color.png → objects.json, as in an annotated frame folder, docs/ground-truth-format.md).
 */
final class CompanionFiles {

    static final Set<String> COLOUR_DIRS = Set.of("color", "colour", "rgb", "image", "images");
    static final Set<String> COLOUR_TOKENS = Set.of("color", "colour", "rgb", "image");
    static final Set<String> COMPANION_TOKENS = Set.of("depth", "labels", "label", "names", "mask", "masks",
            "intrinsics", "disparity");
    static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "ppm");

    private CompanionFiles() {
    }

    static List<String> extensions(String kind) {
        return switch (kind) {
            case "depth" -> List.of("png", "pgm", "npy", "pfm");
            case "labels" -> List.of("png");
            case "objects" -> List.of("json");
            default -> List.of("txt");
        };
    }

    /** The candidate paths for companion {@code kind} of {@code image}, in rule order. */
    static List<Path> candidates(Path image, String kind) {
        Path dir = image.toAbsolutePath().getParent();
        String file = image.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        List<Path> out = new ArrayList<>();
        for (String ext : extensions(kind)) {
            if (dir.getFileName() != null && COLOUR_DIRS.contains(dir.getFileName().toString().toLowerCase(Locale.ROOT))
                    && dir.getParent() != null) {
                out.add(dir.getParent().resolve(kind).resolve(stem + "." + ext));
            }
        }
        String replaced = replaceToken(stem, kind);
        if (replaced != null) {
            for (String ext : extensions(kind)) {
                out.add(dir.resolve(replaced + "." + ext));
            }
        }
        for (String ext : extensions(kind)) {
            out.add(dir.resolve(stem + "_" + kind + "." + ext));
            out.add(dir.resolve(stem + "-" + kind + "." + ext));
            out.add(dir.resolve(stem + "." + kind + "." + ext));
        }
        return out;
    }

    /** The first existing candidate, or null. */
    static Path find(Path image, String kind) {
        for (Path p : candidates(image, kind)) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** True for files that look like colour images rather than depth maps, label maps or masks. */
    static boolean looksLikeColour(Path file) {
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

    /** {@code stem} with its colour token replaced by {@code kind}, or null when it has none. */
    static String replaceToken(String stem, String kind) {
        String[] parts = stem.split("(?<=[-_. ])|(?=[-_. ])");
        StringBuilder sb = new StringBuilder();
        boolean found = false;
        for (String part : parts) {
            if (!found && COLOUR_TOKENS.contains(part.toLowerCase(Locale.ROOT))) {
                sb.append(kind);
                found = true;
            } else {
                sb.append(part);
            }
        }
        return found ? sb.toString() : null;
    }
}
