package org.spatiallift.engine.ask.ground;

import java.util.List;

/**
 * What a mention refers to in the scene.
 *
 * @param status     found, several candidates, not seen, or left out of the scene's questions
 * @param objects    FOUND: the object (or, for "them", the objects), as indices into the scene's usable objects
 * @param candidates AMBIGUOUS: the objects it could be (indices)
 * @param message    AMBIGUOUS: the question to ask back; UNKNOWN and LEFT_OUT: what to tell the user; else null
 * @param note       FOUND: what the user should know about how it was read ("I can't check colours here"), or null
 */
public record Grounding(Status status, List<Integer> objects, List<Integer> candidates, String message, String note) {

    /** How a mention was grounded. */
    public enum Status { FOUND, AMBIGUOUS, UNKNOWN, LEFT_OUT }

    public Grounding {
        objects = List.copyOf(objects);
        candidates = List.copyOf(candidates);
    }

    static Grounding found(List<Integer> objects, String note) {
        return new Grounding(Status.FOUND, objects, List.of(), null, note);
    }

    static Grounding ambiguous(List<Integer> candidates, String question) {
        return new Grounding(Status.AMBIGUOUS, List.of(), candidates, question, null);
    }

    static Grounding unknown(String message) {
        return new Grounding(Status.UNKNOWN, List.of(), List.of(), message, null);
    }

    static Grounding leftOut(String message) {
        return new Grounding(Status.LEFT_OUT, List.of(), List.of(), message, null);
    }
}
