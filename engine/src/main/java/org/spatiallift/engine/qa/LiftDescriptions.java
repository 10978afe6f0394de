package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Uses the referring expressions the lift already made ({@link SceneObject#description()}, from colour, position and
 * size; see {@code perception.describe}) and falls back to {@link UniqueNameDescriber} for objects the lift did not
 * describe, so QA and the scene JSON name objects the same way.
 */
public final class LiftDescriptions implements ObjectDescriber {

    private final ObjectDescriber fallback;

    public LiftDescriptions(Margins margins) {
        this.fallback = new UniqueNameDescriber(margins);
    }

    @Override
    public List<ObjectDescription> describe(List<SceneObject> objects, CanonicalFrame frame) {
        if (objects.stream().anyMatch(o -> o.description() == null)) {
            return fallback.describe(objects, frame);
        }
        List<ObjectDescription> out = new ArrayList<>(objects.size());
        for (SceneObject o : objects) {
            var d = o.description();
            out.add(d.ambiguous() ? new ObjectDescription(o.id(), null, d.ambiguityReason())
                    : ObjectDescription.referable(o.id(), d.referringExpression(), d.alternatives()));
        }
        return out;
    }
}
