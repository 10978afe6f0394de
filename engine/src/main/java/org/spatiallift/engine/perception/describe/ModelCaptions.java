package org.spatiallift.engine.perception.describe;

import org.spatiallift.engine.scene.SceneObject;

/**
 * Captions a model wrote for the objects of one scene (e.g. an image captioner on each object's crop,
 * {@code perception.caption.ObjectCaptions}). When an object has one, its caption reads
 * "&lt;model caption&gt; — &lt;label and measured attributes&gt;"; without one (or with {@link #NONE}) the caption
 * stays the label and the measured attributes.
 */
@FunctionalInterface
public interface ModelCaptions {

    /** No model captions. */
    ModelCaptions NONE = object -> null;

    /** The model's caption of {@code object}, or null when there is none. */
    String captionOf(SceneObject object);
}
