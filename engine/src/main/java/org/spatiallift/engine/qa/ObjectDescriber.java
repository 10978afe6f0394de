package org.spatiallift.engine.qa;

import java.util.List;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Names the objects of a scene for questions: each gets a referring expression that picks it out alone, or is
 * marked ambiguous with a reason (and then never used). The default is {@link UniqueNameDescriber}; a describer
 * using captions and colours can replace it.
 */
@FunctionalInterface
public interface ObjectDescriber {

    /** One description per object of {@code objects}, in the same order. */
    List<ObjectDescription> describe(List<SceneObject> objects, CanonicalFrame frame);
}
