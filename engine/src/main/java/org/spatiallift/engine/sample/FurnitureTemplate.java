package org.spatiallift.engine.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.geom.Vec3;

/**
 * Composite furniture built from primitives that share one object id. Each template turns the object's overall
 * size (W along x', D along y', H up; metres) into parts in the object frame (see {@link PartSpec}); every part
 * stays inside W x D x H and the lowest part stands on z = 0. The back of a chair or sofa is on its −y' side.
 */
public enum FurnitureTemplate {
    /** A top slab (4 cm or a tenth of H) on four square legs. */
    TABLE("table") {
        @Override
        List<PartSpec> parts(Vec3 size) {
            double top = Math.min(0.04, 0.1 * size.z());
            List<PartSpec> parts = new ArrayList<>();
            parts.add(new PartSpec(Shape.BOX, new Vec3(0, 0, size.z() - top / 2), new Vec3(size.x(), size.y(), top)));
            parts.addAll(legs(size.x(), size.y(), size.z() - top));
            return parts;
        }
    },
    /** A seat slab at half of H on four legs, and a backrest from the seat up to H along the −y' edge. */
    CHAIR("chair") {
        @Override
        List<PartSpec> parts(Vec3 size) {
            double seatTop = 0.5 * size.z();
            double seat = Math.min(0.05, 0.1 * seatTop);
            double back = Math.min(0.05, 0.15 * size.y());
            List<PartSpec> parts = new ArrayList<>(legs(size.x(), size.y(), seatTop - seat));
            parts.add(new PartSpec(Shape.BOX, new Vec3(0, 0, seatTop - seat / 2), new Vec3(size.x(), size.y(), seat)));
            double backHeight = size.z() - seatTop;
            parts.add(new PartSpec(Shape.BOX, new Vec3(0, -size.y() / 2 + back / 2, seatTop + backHeight / 2),
                    new Vec3(size.x(), back, backHeight)));
            return parts;
        }
    },
    /** A seat block up to half of H, a backrest (a quarter of D deep) up to H, and two arms up to 0.7·H. */
    SOFA("sofa") {
        @Override
        List<PartSpec> parts(Vec3 size) {
            double w = size.x(), d = size.y(), h = size.z();
            double back = 0.25 * d, arm = Math.min(0.2, 0.12 * w), armHeight = 0.7 * h, seat = 0.5 * h;
            return List.of(
                    new PartSpec(Shape.BOX, new Vec3(0, back / 2, seat / 2), new Vec3(w - 2 * arm, d - back, seat)),
                    new PartSpec(Shape.BOX, new Vec3(0, -d / 2 + back / 2, h / 2), new Vec3(w, back, h)),
                    new PartSpec(Shape.BOX, new Vec3(-w / 2 + arm / 2, back / 2, armHeight / 2), new Vec3(arm, d - back, armHeight)),
                    new PartSpec(Shape.BOX, new Vec3(w / 2 - arm / 2, back / 2, armHeight / 2), new Vec3(arm, d - back, armHeight)));
        }
    },
    /** A floor lamp: a flat round base, a thin pole and a cylindrical shade (a quarter of H tall, W wide). */
    LAMP("lamp") {
        @Override
        List<PartSpec> parts(Vec3 size) {
            double w = Math.min(size.x(), size.y()), h = size.z();
            double base = 0.03, shade = 0.25 * h, pole = Math.min(0.04, 0.15 * w);
            double poleHeight = h - base - shade;
            return List.of(
                    new PartSpec(Shape.CYLINDER, new Vec3(0, 0, base / 2), new Vec3(0.6 * w, 0.6 * w, base)),
                    new PartSpec(Shape.CYLINDER, new Vec3(0, 0, base + poleHeight / 2), new Vec3(pole, pole, poleHeight)),
                    new PartSpec(Shape.CYLINDER, new Vec3(0, 0, h - shade / 2), new Vec3(w, w, shade)));
        }
    },
    /**
     * A potted plant: a round crown of foliage (diameter min(W, 0.75·H)) whose top is at H, sunk into a cylindrical
     * pot 0.6·W wide that reaches up to 15 % of the crown's diameter above the crown's bottom.
     */
    PLANT("plant") {
        @Override
        List<PartSpec> parts(Vec3 size) {
            double w = Math.min(size.x(), size.y()), h = size.z();
            double crown = Math.min(w, 0.75 * h), pot = Math.max(0.1 * h, h - 0.85 * crown);
            return List.of(
                    new PartSpec(Shape.CYLINDER, new Vec3(0, 0, pot / 2), new Vec3(0.6 * w, 0.6 * w, pot)),
                    new PartSpec(Shape.SPHERE, new Vec3(0, 0, h - crown / 2), new Vec3(crown, crown, crown)));
        }
    };

    private final String key;

    FurnitureTemplate(String key) {
        this.key = key;
    }

    /** The parts of this piece of furniture for an overall size W x D x H in metres. */
    abstract List<PartSpec> parts(Vec3 size);

    /** The parts for {@code size}, validated (all edges positive). */
    public List<PartSpec> partsFor(Vec3 size) {
        if (!(size.x() > 0) || !(size.y() > 0) || !(size.z() > 0) || !size.isFinite()) {
            throw new IllegalArgumentException("a " + key + " needs positive dims (m), got " + size);
        }
        return List.copyOf(parts(size));
    }

    /** The name used in JSON ("table", "chair", ...). */
    public String key() {
        return key;
    }

    public static FurnitureTemplate fromKey(String key) {
        for (FurnitureTemplate t : values()) {
            if (t.key.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown template \"" + key + "\", expected one of "
                + Arrays.stream(values()).map(FurnitureTemplate::key).toList());
    }

    /** Four square legs of height {@code height} under a W x D top, inset from its corners. */
    private static List<PartSpec> legs(double w, double d, double height) {
        double leg = Math.min(0.06, Math.min(w, d) / 8);
        double inset = Math.min(0.03, Math.min(w, d) / 10);
        double lx = w / 2 - inset - leg / 2, ly = d / 2 - inset - leg / 2;
        Vec3 dims = new Vec3(leg, leg, height);
        return List.of(
                new PartSpec(Shape.BOX, new Vec3(-lx, -ly, height / 2), dims),
                new PartSpec(Shape.BOX, new Vec3(lx, -ly, height / 2), dims),
                new PartSpec(Shape.BOX, new Vec3(-lx, ly, height / 2), dims),
                new PartSpec(Shape.BOX, new Vec3(lx, ly, height / 2), dims));
    }
}
