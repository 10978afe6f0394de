package org.spatiallift.engine.scene;

import java.util.Map;

import org.spatiallift.engine.image.LabelImage;

/** An instance label map and the name of each instance id (ids without a name are called "object &lt;id&gt;"). */
public record ObjectLabels(LabelImage labels, Map<Integer, String> names) {

    public ObjectLabels {
        names = Map.copyOf(names);
    }

    public String nameOf(int id) {
        return names.getOrDefault(id, "object " + id);
    }
}
