package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * One lifted scene, ready to show: the 2D layers, the cloud in the canonical frame, its objects, the frame, warnings
 * for the user, and the voxel cloud (the down-sampled cloud that planes and the floor were fitted to, in the canonical
 * frame, each point one voxel across). Holds no engine types, so views can take it.
 */
public record SceneSnapshot(String title, ImageLayers image, CloudData cloud, List<ObjectMarker> objects,
                            FrameInfo frame, List<String> warnings, CloudData voxels) {

    public SceneSnapshot {
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
    }

    /** The object with this id, or null. */
    public ObjectMarker object(int id) {
        return objects.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }
}
