package org.spatiallift.engine.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.io.ColorImageReader;
import org.spatiallift.engine.io.InputException;

/**
 * Which files an imagefolder export may copy: only images the project recorded (a decision on their QA stored the
 * file's size and SHA-256) that still match that record and are colour images SpatialLift reads, told from their
 * first bytes. A project file can name any path (a crafted project could name {@code /etc/shadow}); every image is
 * checked before anything is written, and the first that fails is refused with its path and the reason.
 */
final class ImagefolderSources {

    private static final String ELSE = "Export as llava or messages (they name the images without copying them)";

    private ImagefolderSources() {
    }

    static void check(List<AcceptedImage> images) throws InputException {
        for (AcceptedImage a : images) {
            check(a);
        }
    }

    private static void check(AcceptedImage a) throws InputException {
        Path file = a.imageFile();
        if (file == null) {
            throw InputException.forValue(a.image(), "no image file to copy into the imagefolder (a generated scene)",
                    ELSE + ", or open the image from a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "is missing, so " + a.image() + " cannot be copied into the imagefolder",
                    "Put the image back at that path, or " + lower(ELSE));
        }
        if (a.recorded() == null) {
            throw new InputException(file, "was not recorded by the project when its QA were decided (no size and "
                    + "SHA-256 on record), so it is not copied into the imagefolder", "Open the image in the app and "
                    + "decide on one of its QA again to record it, or " + lower(ELSE));
        }
        String kind;
        try {
            kind = ColorImageReader.checkColourImage(file);
        } catch (InputException e) {
            throw new InputException(file, "is not an image SpatialLift reads (" + e.problem() + "), so it is not "
                    + "copied into the imagefolder", ELSE, e);
        }
        ImageFingerprint now;
        try {
            now = ImageFingerprint.of(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + e.getMessage() + ")", "Check the file's permissions",
                    e);
        }
        if (!now.equals(a.recorded())) {
            throw new InputException(file, String.format(Locale.ROOT, "is not the file the project recorded (%s of "
                    + "%,d bytes now, %,d bytes when its QA were decided%s), so it is not copied into the imagefolder",
                    kind, now.bytes(), a.recorded().bytes(),
                    now.bytes() == a.recorded().bytes() ? ", other content" : ""),
                    "Open the image in the app and decide on one of its QA again to record this version, or "
                            + lower(ELSE));
        }
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
