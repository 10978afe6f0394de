package org.spatiallift.engine.perception.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a model does; decides which runner opens it. The JSON name is the manifest's {@code "role"}. */
public enum ModelRole {
    /** Image → depth along the optical axis in metres. */
    METRIC_DEPTH("metric_depth"),
    /** Image → relative inverse depth (larger = nearer, unknown scale and shift); needs a scale step. */
    RELATIVE_DEPTH("relative_depth"),
    /** Image → boxes with class labels and scores. */
    OBJECT_DETECTOR("object_detector"),
    /** Image + box prompt → object mask. */
    BOX_SEGMENTER("box_segmenter"),
    /** Image and text towers into one embedding space (CLIP). */
    IMAGE_TEXT_EMBEDDING("image_text_embedding"),
    /** Text → sentence embedding. */
    TEXT_EMBEDDING("text_embedding"),
    /** Image → caption text. */
    CAPTIONER("captioner");

    private final String jsonName;

    ModelRole(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The role of a manifest's {@code "role"} value, or null if there is none of that name. */
    public static ModelRole fromJson(String name) {
        for (ModelRole r : values()) {
            if (r.jsonName.equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** All JSON names, for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(ModelRole::jsonName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
