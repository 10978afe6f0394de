package org.spatiallift.engine.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.spatiallift.engine.qa.QaPair;

/**
 * The accepted QA of one image, with the reviewers' edits applied, in the order they were generated.
 *
 * @param image     the image's key (the QA scene key)
 * @param imageFile the image file as recorded, or null for a generated scene (the built-in sample)
 * @param recorded  the size and SHA-256 the project recorded for {@code imageFile}, or null when none was recorded
 * @param pairs     the accepted QA
 */
public record AcceptedImage(String image, Path imageFile, ImageFingerprint recorded, List<QaPair> pairs) {

    public AcceptedImage {
        Objects.requireNonNull(image, "image");
        pairs = List.copyOf(pairs);
    }
}
