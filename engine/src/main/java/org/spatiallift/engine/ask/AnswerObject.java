package org.spatiallift.engine.ask;

/** An object an answer is about: its instance id in the scene and its referring expression ("the chair on the left"). */
public record AnswerObject(int id, String description) {

    public AnswerObject {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("object " + id + " needs a description");
        }
    }
}
