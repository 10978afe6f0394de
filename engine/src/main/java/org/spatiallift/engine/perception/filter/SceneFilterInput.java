package org.spatiallift.engine.perception.filter;

import java.util.List;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.scene.SceneObject;

/**
 * What a scene filter may look at.
 *
 * @param image       the colour image (for an image model)
 * @param cloudCamera every lifted point, camera frame
 * @param frame       the canonical frame
 * @param objects     the scene's objects, described (ambiguous ones flagged)
 */
public record SceneFilterInput(ColorImage image, PointCloud cloudCamera, CanonicalFrame frame, List<SceneObject> objects) {

    public SceneFilterInput {
        objects = List.copyOf(objects);
    }
}
