package org.spatiallift.app.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spatiallift.engine.io.DepthEncoding;
import org.spatiallift.engine.io.DepthFormatRule;
import org.spatiallift.engine.io.InputException;

/**
 * Finds the files that go with an image, by the layouts RGB-D datasets use:
 * <ul>
 *   <li>the colour word swapped for "depth" (or "labels", "names", "objects"): {@code TUM_color.png} →
 *       {@code TUM_depth.png}, {@code color.png} → {@code objects.json} (an annotated frame's boxes,
 *       docs/ground-truth-format.md),
 *       {@code rgb.png} → {@code depth.png} (as {@code bin/spatiallift sample} writes them);</li>
 *   <li>"depth" appended: {@code frame.jpg} → {@code frame_depth.png}, {@code frame-depth.png}, {@code frame.depth.png};</li>
 *   <li>a sibling folder: {@code color/00000.jpg} → {@code depth/00000.png} (Redwood, ICL-NUIM);</li>
 *   <li>{@code intrinsics.txt} ("fx,fy,cx,cy") in the image's folder.</li>
 * </ul>
 * Depth files may be .png, .npy, .pfm or .pgm. The request leaves the depth format to the engine's one rule
 * ({@link DepthFormatRule}: a dataset prefix such as TUM_, SUN_, NYU_ with .pgm, else the extension), as File › Open
 * with "auto" does; the caption shows what that rule chose.
 */
final class DepthPairing {

    static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "png", "bmp", "ppm");
    static final List<String> DEPTH_EXTENSIONS = List.of("png", "npy", "pfm", "pgm");
    private static final Pattern COLOUR_WORD = Pattern.compile("(?i)(?<=^|[_\\-.])(color|colour|rgb|image|img)(?=$|[_\\-.])");
    private static final Pattern NOT_AN_IMAGE = Pattern.compile("(?i).*(depth|label|mask|names).*");
    private static final List<String> COLOUR_FOLDERS = List.of("color", "colour", "rgb", "image", "images");

    private DepthPairing() {
    }

    /** Whether a file looks like a colour image (not a depth file, label map or mask). */
    static boolean isColourImage(Path file) {
        String name = file.getFileName().toString();
        return IMAGE_EXTENSIONS.contains(extension(name)) && !NOT_AN_IMAGE.matcher(stem(name)).matches();
    }

    /** The request that opens {@code image} with what was found next to it, and a caption saying what that was. */
    static FolderEntry pair(Path image) {
        Path depth = find(image, "depth", DEPTH_EXTENSIONS);
        Path labels = find(image, "labels", List.of("png"));
        Path names = labels == null ? null : find(image, "names", List.of("txt"));
        Path objects = find(image, "objects", List.of("json"));
        String intrinsics = intrinsics(image.toAbsolutePath().getParent());
        OpenRequest request = new OpenRequest(image, depth, null, null, intrinsics, labels, names, objects);
        StringBuilder caption = new StringBuilder();
        if (depth == null) {
            caption.append("no depth file found");
        } else {
            caption.append("depth ").append(relative(image, depth)).append(" (").append(encoding(depth)).append(')');
        }
        if (labels != null) {
            caption.append(", labels");
        }
        if (objects != null) {
            caption.append(", annotated objects");
        }
        if (intrinsics != null) {
            caption.append(", intrinsics.txt");
        }
        return new FolderEntry(image, request, caption.toString());
    }

    /** The first existing file that pairs with {@code image} as {@code role} ("depth", "labels", "names", "objects"). */
    static Path find(Path image, String role, List<String> extensions) {
        Path dir = image.toAbsolutePath().getParent();
        String stem = stem(image.getFileName().toString());
        List<Path> candidates = new ArrayList<>();
        Matcher m = COLOUR_WORD.matcher(stem);
        if (m.find()) {
            String word = Character.isUpperCase(m.group(1).charAt(0)) ? capitalise(role) : role;
            String swapped = stem.substring(0, m.start(1)) + word + stem.substring(m.end(1));
            if (role.equals("labels")) {
                addAll(candidates, dir, stem.substring(0, m.start(1)) + "label" + stem.substring(m.end(1)), extensions);
            }
            addAll(candidates, dir, swapped, extensions);
        }
        for (String sep : List.of("_", "-", ".")) {
            addAll(candidates, dir, stem + sep + role, extensions);
        }
        Path parent = dir.getParent();
        if (parent != null && COLOUR_FOLDERS.contains(dir.getFileName().toString().toLowerCase(Locale.ROOT))) {
            addAll(candidates, parent.resolve(role), stem, extensions);
        }
        return candidates.stream().filter(p -> !p.equals(image.toAbsolutePath()) && Files.isRegularFile(p))
                .findFirst().orElse(null);
    }

    /** How the engine's rule will read {@code depth} ("tum, 5000 units/m"), or why it cannot. */
    static String encoding(Path depth) {
        try {
            DepthEncoding e = DepthFormatRule.resolve(depth, null, null);
            return e.label();
        } catch (InputException e) {
            return "format unknown: choose it in File › Open image and depth…";
        }
    }

    /** The first line of intrinsics.txt in {@code dir}, or null. */
    static String intrinsics(Path dir) {
        Path f = dir == null ? null : dir.resolve("intrinsics.txt");
        if (f == null || !Files.isRegularFile(f)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(f);
            return lines.isEmpty() || lines.get(0).isBlank() ? null : lines.get(0).trim();
        } catch (IOException e) {
            return null;
        }
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void addAll(List<Path> out, Path dir, String stem, List<String> extensions) {
        for (String ext : extensions) {
            out.add(dir.resolve(stem + "." + ext));
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String relative(Path image, Path other) {
        Path dir = image.toAbsolutePath().getParent();
        Path base = dir.getParent() != null && !other.startsWith(dir) ? dir.getParent() : dir;
        return base.relativize(other).toString();
    }
}
