package org.spatiallift.engine.plausibility;

import java.util.List;

import org.spatiallift.engine.scene.LeftOutObject;
import org.spatiallift.engine.scene.SceneObject;

/**
 * A scene's objects after a check, and what the check did (one warning per object dropped or rejected).
 *
 * @param objects  the objects, in their order (dropped ones left out, rejected ones marked)
 * @param warnings one line per object the check dropped or rejected
 * @param dropped  the objects the check dropped, each with its reason (rejected ones stay in {@code objects})
 */
public record CheckedObjects(List<SceneObject> objects, List<String> warnings, List<LeftOutObject> dropped) {

    public CheckedObjects {
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
    }

    /** A check that drops nothing (it may reject). */
    public CheckedObjects(List<SceneObject> objects, List<String> warnings) {
        this(objects, warnings, List.of());
    }
}
