package org.spatiallift.engine.io;

import java.util.List;

import org.spatiallift.engine.camera.Intrinsics;

/**
 * Intrinsics for an image and what the user should know about them.
 *
 * @param intrinsics the intrinsics; {@link Intrinsics#source()} says where they came from
 * @param warnings   e.g. that a default field of view was assumed; empty when given or from EXIF
 */
public record ResolvedIntrinsics(Intrinsics intrinsics, List<String> warnings) {

    public ResolvedIntrinsics {
        warnings = List.copyOf(warnings);
    }
}
