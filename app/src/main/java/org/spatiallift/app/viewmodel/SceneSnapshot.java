package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * One lifted scene, ready to show: the picture, the cloud in the canonical frame, its objects,
 * a one-line description of the frame, and warnings for the user.
 */
public record SceneSnapshot(String title, ImagePixels image, CloudData cloud, List<ObjectMarker> objects,
                            String frameSummary, List<String> warnings) {

    public SceneSnapshot {
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
    }
}
