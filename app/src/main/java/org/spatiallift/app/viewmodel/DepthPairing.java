package org.spatiallift.app.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.io.CompanionFiles;
import org.spatiallift.engine.io.DepthEncoding;
import org.spatiallift.engine.io.DepthFormatRule;
import org.spatiallift.engine.io.InputException;

/**
 * Pairs an image with the files beside it by the engine's one naming rule ({@link CompanionFiles}: the colour word
 * swapped for "depth", "labels", "names" or "objects", the kind appended, or a sibling folder such as
 * {@code color/00000.jpg} → {@code depth/00000.png}), plus {@code intrinsics.txt} ("fx,fy,cx,cy") in the image's
 * folder, and says what it found. The request leaves the depth format to the engine's one rule
 * ({@link DepthFormatRule}: a dataset prefix such as TUM_, SUN_, NYU_ with .pgm, else the extension), as File › Open
 * with "auto" does; the caption shows what that rule chose.
 */
final class DepthPairing {

    private DepthPairing() {
    }

    /** Whether a file looks like a colour image (not a depth file, label map or mask). */
    static boolean isColourImage(Path file) {
        return CompanionFiles.looksLikeColour(file);
    }

    /** The request that opens {@code image} with what was found next to it, and a caption saying what that was. */
    static FolderEntry pair(Path image) {
        Path depth = CompanionFiles.find(image, "depth");
        Path labels = CompanionFiles.find(image, "labels");
        Path names = labels == null ? null : CompanionFiles.find(image, "names");
        Path objects = CompanionFiles.find(image, "objects");
        Path intrinsicsFile = CompanionFiles.find(image, "intrinsics");
        String intrinsics = intrinsics(intrinsicsFile);
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
            caption.append(", ").append(intrinsicsFile.getFileName());
        }
        return new FolderEntry(image, request, caption.toString());
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

    /** The first line of the intrinsics file {@code f} ("fx,fy,cx,cy"), or null without one. */
    static String intrinsics(Path f) {
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

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String relative(Path image, Path other) {
        Path dir = image.toAbsolutePath().getParent();
        Path base = dir.getParent() != null && !other.startsWith(dir) ? dir.getParent() : dir;
        return base.relativize(other).toString();
    }
}
