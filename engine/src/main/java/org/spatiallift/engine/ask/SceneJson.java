package org.spatiallift.engine.ask;

import org.spatiallift.engine.qa.ExcludedObject;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.export.QaJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The scene a question was asked about, as JSON, kept with each stored chat so that an answer can be checked later
 * against what was measured: the image key, whether the frame is gravity-aligned, the camera height, each usable
 * object as QA exports write it (id, name, description, boxes in the canonical frame, m; whether it is seen whole) with
 * its other expressions, and the objects left out with why. The same scene always gives the same text.
 */
public final class SceneJson {

    private SceneJson() {
    }

    public static ObjectNode node(QaScene scene) {
        ObjectNode n = QaJson.MAPPER.createObjectNode();
        n.put("key", scene.key());
        n.put("frame", scene.canonical() ? "canonical (gravity-aligned, z up, m)" : "camera (no gravity found, m)");
        n.put("camera_height_m", scene.cameraHeightM());
        ArrayNode objects = n.putArray("objects");
        for (QaObject o : scene.objects()) {
            ObjectNode on = QaJson.object(o);
            ArrayNode alt = on.putArray("alternatives");
            o.alternatives().forEach(alt::add);
            objects.add(on);
        }
        ArrayNode left = n.putArray("left_out");
        for (ExcludedObject e : scene.excluded()) {
            left.addObject().put("id", e.id()).put("name", e.name()).put("reason", e.reason());
        }
        return n;
    }

    public static String write(QaScene scene) {
        try {
            return QaJson.MAPPER.writeValueAsString(node(scene));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scene could not be written as JSON", e);
        }
    }
}
