package org.spatiallift.engine.pipeline;

import java.nio.file.Path;

import org.spatiallift.engine.annotation.Annotations;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.scene.ObjectLabels;

/**
 * Decoded inputs of a lift: colour and depth of the same size, intrinsics for that size, optional labels
 * (null when there are none), the files they came from (null for generated scenes), and optional annotated objects
 * (null when there are none; with them, objects come from the annotated boxes).
 */
public record LiftInput(ColorImage color, DepthImage depth, Intrinsics intrinsics, ObjectLabels labels,
                        Path imageFile, Path depthFile, Annotations annotations) {

    /** Without annotated objects. */
    public LiftInput(ColorImage color, DepthImage depth, Intrinsics intrinsics, ObjectLabels labels, Path imageFile,
                     Path depthFile) {
        this(color, depth, intrinsics, labels, imageFile, depthFile, null);
    }
}
