package org.spatiallift.engine.io;

import java.nio.file.Path;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;

/**
 * Where depth comes from when a lift has no depth file (perception's depth models implement it). It must return
 * metric depth of the image's size or throw; it never invents depth.
 */
@FunctionalInterface
public interface DepthProvider {

    /** No depth without a depth file: the error asks for one. */
    DepthProvider NONE = (image, intrinsics, imageFile) -> {
        throw new InputException(imageFile, "no depth file was given", "Give a depth file of the same size (--depth FILE)");
    };

    /**
     * Metric depth for {@code image} (decoded from {@code imageFile}, upright), whose camera has {@code intrinsics}
     * (a model that predicts for a canonical camera needs its focal length).
     */
    DepthImage depthFor(ColorImage image, Intrinsics intrinsics, Path imageFile) throws InputException;
}
