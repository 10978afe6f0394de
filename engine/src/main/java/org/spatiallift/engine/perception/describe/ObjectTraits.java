package org.spatiallift.engine.perception.describe;

import java.util.Locale;

import org.spatiallift.engine.scene.SceneObject;

/**
 * What is measured about one object for its description (canonical frame, metres).
 *
 * @param object the object, or null for a shadow detection ({@link Shadow})
 * @param label  its label, whitespace collapsed
 * @param key    the label as compared for grouping (lower case)
 * @param color  its dominant colour
 * @param x      centroid x (right of the camera)
 * @param y      centroid y (forward)
 * @param extentX axis-aligned extent along x
 * @param extentY axis-aligned extent along y
 * @param size   cube root of the oriented box volume (a length; 0 for a flat object)
 * @param shadowScore a shadow's detector score; NaN for an object of the scene
 */
record ObjectTraits(SceneObject object, String label, String key, DominantColor color, double x, double y,
                    double extentX, double extentY, double size, double shadowScore) {

    /** The object's id; 0 for a shadow. */
    int id() {
        return object == null ? 0 : object.id();
    }

    /** True for a weaker detection that is no object of the scene but a possible rival for its expressions. */
    boolean shadow() {
        return object == null;
    }

    /** "chair 3", or "a weaker chair detection (score 0.21)" for a shadow. */
    String who() {
        return shadow() ? String.format(Locale.ROOT, "a weaker %s detection (score %.2f)", label, shadowScore)
                : label + " " + id();
    }
}
