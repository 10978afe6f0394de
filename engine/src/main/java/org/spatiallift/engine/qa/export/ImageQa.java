package org.spatiallift.engine.qa.export;

import java.util.List;
import java.util.Objects;

import org.spatiallift.engine.qa.Provenance;
import org.spatiallift.engine.qa.QaPair;

/**
 * The QA of one image as one line of an export: the image's key (what resuming and provenance go by), the image
 * path written into the line (relative to the dataset or input folder), the provenance shared by its QA, and the QA.
 */
public record ImageQa(String image, String imageFile, Provenance provenance, List<QaPair> pairs) {

    public ImageQa {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(imageFile, "imageFile");
        Objects.requireNonNull(provenance, "provenance");
        pairs = List.copyOf(pairs);
        for (QaPair p : pairs) {
            if (!p.provenance().equals(provenance)) {
                throw new IllegalArgumentException("QA " + p.id() + " of " + image + " has another provenance than its line");
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("an export line needs at least one QA (" + image + ")");
        }
    }

    /** The QA of one generated batch; {@code imageFile} is the path written into the line. */
    public static ImageQa of(String imageFile, List<QaPair> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("an export line needs at least one QA (" + imageFile + ")");
        }
        Provenance p = pairs.get(0).provenance();
        return new ImageQa(p.image(), imageFile, p, pairs);
    }
}
