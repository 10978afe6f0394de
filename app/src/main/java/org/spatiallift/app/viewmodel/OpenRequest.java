package org.spatiallift.app.viewmodel;

import java.nio.file.Path;

/**
 * What the user asked to open, as given: the image, an optional depth file and its decoding options
 * (nulls mean "guess" or "default"). The view model validates it.
 */
public record OpenRequest(Path image, Path depth, String depthFormat, String depthScale, String intrinsics,
                          Path labels, Path names) {

    public static OpenRequest of(Path image, Path depth) {
        return new OpenRequest(image, depth, null, null, null, null, null);
    }
}
