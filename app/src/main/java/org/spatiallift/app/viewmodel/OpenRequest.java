package org.spatiallift.app.viewmodel;

import java.nio.file.Path;

/**
 * What the user asked to open, as given: the image, an optional depth file and its decoding options
 * (nulls mean "guess" or "default"), an optional label map and names, and optional annotated objects (3D boxes in the
 * camera frame, docs/ground-truth-format.md; with them, objects come from the boxes). The view model validates it.
 */
public record OpenRequest(Path image, Path depth, String depthFormat, String depthScale, String intrinsics,
                          Path labels, Path names, Path objects) {

    /** Without annotated objects. */
    public OpenRequest(Path image, Path depth, String depthFormat, String depthScale, String intrinsics, Path labels,
                       Path names) {
        this(image, depth, depthFormat, depthScale, intrinsics, labels, names, null);
    }

    public static OpenRequest of(Path image, Path depth) {
        return new OpenRequest(image, depth, null, null, null, null, null);
    }
}
