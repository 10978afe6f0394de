package org.spatiallift.engine.perception.describe;

import org.spatiallift.engine.scene.SceneObject;

/**
 * What is measured about one object for its description (canonical frame, metres).
 *
 * @param object the object
 * @param label  its label, whitespace collapsed
 * @param key    the label as compared for grouping (lower case)
 * @param color  its dominant colour
 * @param x      centroid x (right of the camera)
 * @param y      centroid y (forward)
 * @param extentX axis-aligned extent along x
 * @param extentY axis-aligned extent along y
 * @param size   cube root of the oriented box volume (a length; 0 for a flat object)
 */
record ObjectTraits(SceneObject object, String label, String key, DominantColor color, double x, double y,
                    double extentX, double extentY, double size) {

    int id() {
        return object.id();
    }
}
