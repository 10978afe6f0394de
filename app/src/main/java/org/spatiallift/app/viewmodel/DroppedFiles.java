package org.spatiallift.app.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.io.CompanionFiles;

/**
 * Sorts files dropped on the window into what to open: a folder to browse, or one image with its depth file, label
 * map, names and intrinsics (by name and extension; what is missing is looked for next to the image with
 * {@link DepthPairing}). The depth format is left to the engine's rule, as for every other way of opening.
 */
final class DroppedFiles {

    /** What a drop asks for: exactly one of folder, request, or error is set. */
    record Outcome(Path folder, OpenRequest request, String error) {
    }

    private DroppedFiles() {
    }

    static Outcome sort(List<Path> files) {
        if (files.isEmpty()) {
            return new Outcome(null, null, "nothing was dropped: drop an image with its depth file, or a folder");
        }
        if (files.size() == 1 && Files.isDirectory(files.get(0))) {
            return new Outcome(files.get(0), null, null);
        }
        List<Path> images = new ArrayList<>();
        Path depth = null, labels = null, names = null, intrinsicsFile = null, objects = null;
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            String ext = DepthPairing.extension(name);
            if (name.contains("depth") || ext.equals("npy") || ext.equals("pfm") || ext.equals("pgm")) {
                depth = f;
            } else if (name.contains("label") && ext.equals("png")) {
                labels = f;
            } else if (ext.equals("json")) {
                objects = f;
            } else if (ext.equals("txt") && name.contains("intrinsic")) {
                intrinsicsFile = f;
            } else if (ext.equals("txt")) {
                names = f;
            } else if (CompanionFiles.IMAGE_EXTENSIONS.contains(ext)) {
                images.add(f);
            }
        }
        if (images.isEmpty()) {
            return new Outcome(null, null, files.get(0).getFileName() + ": none of the dropped files is a colour image"
                    + " (JPEG, PNG, BMP or PPM). Drop the image together with its depth file");
        }
        if (images.size() > 1) {
            return new Outcome(null, null, images.size() + " images were dropped (" + images.get(0).getFileName()
                    + ", " + images.get(1).getFileName() + ", …): drop one image with its depth file, or their folder"
                    + " to browse it");
        }
        Path image = images.get(0);
        FolderEntry found = DepthPairing.pair(image);
        OpenRequest near = found.request();
        String intrinsics = intrinsicsFile == null ? near.intrinsics() : DepthPairing.intrinsics(intrinsicsFile);
        Path d = depth != null ? depth : near.depth();
        return new Outcome(null, new OpenRequest(image, d, null, null, intrinsics,
                labels != null ? labels : near.labels(), names != null ? names : near.names(),
                objects != null ? objects : near.objects()), null);
    }
}
