package org.spatiallift.engine.sample;

import java.util.List;

import org.spatiallift.engine.geom.Vec3;

/**
 * One object of a scene description, placed in the canonical frame (metres, degrees).
 *
 * @param name    its name, unique in the scene
 * @param shape   the shape reported in the ground truth (the overall form of a composite such as a table is "box")
 * @param rgb     its base colour 0xRRGGBB (all parts share it)
 * @param xM      canonical x of the object frame's origin (the centre of its footprint)
 * @param yM      canonical y of that origin
 * @param onName  name of an earlier object whose top (highest point) this one stands on, or null for the floor
 * @param yawDeg  rotation about z from canonical x to the object's x', counter-clockwise seen from above
 * @param parts   its primitives in the object frame (one for a simple shape); they share the object's id
 */
public record ObjectSpec(String name, Shape shape, int rgb, double xM, double yM, String onName, double yawDeg,
                         List<PartSpec> parts) {

    public ObjectSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an object needs a name");
        }
        if (shape == null) {
            throw new IllegalArgumentException("object \"" + name + "\" needs a shape");
        }
        if ((rgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("object \"" + name + "\": colour must be 0xRRGGBB, got 0x" + Integer.toHexString(rgb));
        }
        if (!Double.isFinite(xM) || !Double.isFinite(yM) || !Double.isFinite(yawDeg)) {
            throw new IllegalArgumentException("object \"" + name + "\": position and yaw must be finite");
        }
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("object \"" + name + "\" needs at least one part");
        }
        parts = List.copyOf(parts);
        double bottom = parts.stream().mapToDouble(PartSpec::bottomLocal).min().orElseThrow();
        if (bottom < -1e-9) {
            throw new IllegalArgumentException("object \"" + name + "\" reaches " + (-bottom)
                    + " m below the surface it stands on; parts need z ≥ 0 in the object frame");
        }
    }

    /** A single primitive of size {@code dims} (x', y', z) standing on the floor at (x, y). */
    public static ObjectSpec simple(String name, Shape shape, int rgb, double xM, double yM, Vec3 dims, double yawDeg) {
        return new ObjectSpec(name, shape, rgb, xM, yM, null, yawDeg, List.of(PartSpec.standing(shape, dims)));
    }

    /** A piece of furniture of overall size {@code size} made by {@code template}; reported as {@code shape}. */
    public static ObjectSpec furniture(String name, FurnitureTemplate template, Shape shape, int rgb, double xM, double yM,
                                       Vec3 size, double yawDeg) {
        return new ObjectSpec(name, shape, rgb, xM, yM, null, yawDeg, template.partsFor(size));
    }

    /** The same object standing on the top of the object called {@code support}. */
    public ObjectSpec on(String support) {
        return new ObjectSpec(name, shape, rgb, xM, yM, support, yawDeg, parts);
    }

    /**
     * Edge lengths along the object's own axes (x', y', z): the extent of the union of its parts' boxes in the
     * object frame (a cylinder or sphere part counts as its bounding box there).
     */
    public Vec3 dims() {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (PartSpec p : parts) {
            double[] c = p.centerLocal().toArray(), d = p.dims().toArray();
            for (int i = 0; i < 3; i++) {
                lo[i] = Math.min(lo[i], c[i] - d[i] / 2);
                hi[i] = Math.max(hi[i], c[i] + d[i] / 2);
            }
        }
        return new Vec3(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
    }
}
