package org.spatiallift.engine.camera;

/** Where the pinhole intrinsics of a lift came from. */
public enum IntrinsicsSource {
    /** Given by the user (fx, fy, cx, cy). */
    GIVEN,
    /** Derived from the image's EXIF focal length. */
    EXIF,
    /** A default field of view: distances are only as good as that guess. */
    DEFAULT_FOV
}
