package org.spatiallift.engine.sample;

import org.spatiallift.engine.geom.Vec3;

/**
 * One primitive of an object, in the object's own frame: origin at the centre of its footprint on the surface it
 * stands on, x' and y' horizontal (x' at the object's yaw), z up; metres.
 *
 * @param shape       box, vertical cylinder or sphere
 * @param centerLocal the primitive's centre in the object frame
 * @param dims        edge lengths (x', y', z): a cylinder has x' = y' = diameter, a sphere x' = y' = z = diameter
 */
public record PartSpec(Shape shape, Vec3 centerLocal, Vec3 dims) {

    public PartSpec {
        if (shape == null || centerLocal == null || dims == null) {
            throw new IllegalArgumentException("a part needs a shape, a centre and dims");
        }
        if (!centerLocal.isFinite()) {
            throw new IllegalArgumentException("part centre must be finite, got " + centerLocal);
        }
        if (!(dims.x() > 0) || !(dims.y() > 0) || !(dims.z() > 0) || !dims.isFinite()) {
            throw new IllegalArgumentException("dims must be positive and finite (m), got " + dims);
        }
        if (shape == Shape.CYLINDER && Math.abs(dims.x() - dims.y()) > 1e-9) {
            throw new IllegalArgumentException("a cylinder needs dims x = y (its diameter), got " + dims);
        }
        if (shape == Shape.SPHERE && (Math.abs(dims.x() - dims.y()) > 1e-9 || Math.abs(dims.x() - dims.z()) > 1e-9)) {
            throw new IllegalArgumentException("a sphere needs dims x = y = z (its diameter), got " + dims);
        }
    }

    /** A primitive standing on the object's origin: centre (0, 0, dims.z / 2). */
    public static PartSpec standing(Shape shape, Vec3 dims) {
        return new PartSpec(shape, new Vec3(0, 0, dims.z() / 2), dims);
    }

    /** Lowest z of the part in the object frame. */
    public double bottomLocal() {
        return centerLocal.z() - dims.z() / 2;
    }

    /** Highest z of the part in the object frame. */
    public double topLocal() {
        return centerLocal.z() + dims.z() / 2;
    }
}
