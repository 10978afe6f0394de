package org.spatiallift.engine.ask.series;

import java.util.List;
import java.util.Objects;

import org.spatiallift.engine.qa.QaScene;

/**
 * A frame after its lift, reduced to what a series needs (the point cloud is not kept, so a long sequence holds one
 * cloud at a time).
 *
 * @param name       the frame's name
 * @param scene      its QA scene (canonical frame, metres), which the measure reads
 * @param candidates every object of its lift, usable or left out, with its centre in the camera frame
 * @param warnings   what its lift warned about (default intrinsics, depth estimated, …)
 */
public record LiftedFrame(String name, QaScene scene, List<TrackCandidate> candidates, List<String> warnings) {

    public LiftedFrame {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scene, "scene");
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }

    /** The candidate that is the scene's object {@code sceneIndex}; throws when there is none. */
    public TrackCandidate candidateOf(int sceneIndex) {
        for (TrackCandidate c : candidates) {
            if (c.sceneIndex() == sceneIndex) {
                return c;
            }
        }
        throw new IllegalArgumentException("object index " + sceneIndex + " is not among the usable objects of frame "
                + name + " (" + scene.objects().size() + " usable)");
    }
}
