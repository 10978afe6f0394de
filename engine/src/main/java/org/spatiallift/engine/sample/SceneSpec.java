package org.spatiallift.engine.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A procedural scene: a room, the camera at canonical (0, 0, camera.heightM) and objects placed in the canonical
 * frame. Object i of the list gets instance id i + 1.
 */
public record SceneSpec(RoomSpec room, CameraSpec camera, List<ObjectSpec> objects) {

    public SceneSpec {
        if (room == null || camera == null || objects == null) {
            throw new IllegalArgumentException("a scene needs a room, a camera and a list of objects");
        }
        objects = List.copyOf(objects);
        if (objects.size() > 65_535) {
            throw new IllegalArgumentException("at most 65535 objects fit a 16-bit label map, got " + objects.size());
        }
        if (!(camera.heightM() < room.wallHeightM())) {
            throw new IllegalArgumentException("the camera (" + camera.heightM() + " m) must be below the top of the walls ("
                    + room.wallHeightM() + " m)");
        }
        Set<String> names = new HashSet<>();
        for (ObjectSpec o : objects) {
            if (o.onName() != null && !names.contains(o.onName())) {
                throw new IllegalArgumentException("object \"" + o.name() + "\" stands on \"" + o.onName()
                        + "\", which is not an earlier object of the scene");
            }
            if (!names.add(o.name())) {
                throw new IllegalArgumentException("two objects are called \"" + o.name() + "\"; names must be unique");
            }
        }
    }

    /** The instance id of the object at {@code index} in {@link #objects()}. */
    public static int idOf(int index) {
        return index + 1;
    }
}
