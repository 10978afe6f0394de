package org.spatiallift.engine.ask;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.qa.ExcludedObject;

/**
 * One chat about one scene: the turns so far, and what a follow-up may refer to — the object the last answer chose
 * or was about ("it"), the most recent group of two or more objects asked about ("them", "the other one"), and a
 * clarification waiting for its reply. Objects are held as indices into the scene's usable objects. Not
 * thread-safe; one per chat.
 */
public final class Conversation {

    /** A question and its answer. */
    public record Turn(String question, Answer answer) {
    }

    private final List<Turn> turns = new ArrayList<>();
    private List<Integer> focus = List.of();
    private List<Integer> last = List.of();
    private Pending pending;
    private List<Integer> pointed = List.of();
    private ExcludedObject pointedLeftOut;

    /** The turns so far, oldest first. */
    public List<Turn> turns() {
        return List.copyOf(turns);
    }

    /** True when the last answer asked which object was meant, and the next message may say. */
    public boolean awaitingClarification() {
        return pending != null;
    }

    List<Integer> focus() {
        return focus;
    }

    List<Integer> last() {
        return last;
    }

    List<Integer> pointed() {
        return pointed;
    }

    ExcludedObject pointedLeftOut() {
        return pointedLeftOut;
    }

    /** What "this" points at: a usable object (its index) or one left out of questions; neither when both null. */
    void point(Integer index, ExcludedObject leftOut) {
        pointed = index == null ? List.of() : List.of(index);
        pointedLeftOut = leftOut;
    }

    Pending pending() {
        return pending;
    }

    void pending(Pending p) {
        pending = p;
    }

    /** Forgets what follow-ups could refer to (after a question about an object that is not seen). */
    void forget() {
        focus = List.of();
        last = List.of();
    }

    /**
     * Records a turn: {@code objects} become the group "them" and "the other one" refer to when there are two or more
     * (a one-object question keeps the last group: "How tall is it?" then "and the other one?"), {@code newFocus}
     * what "it" refers to (unchanged when empty).
     */
    void record(String question, Answer answer, List<Integer> objects, List<Integer> newFocus) {
        turns.add(new Turn(question, answer));
        if (objects.size() >= 2) {
            last = List.copyOf(objects);
        }
        if (!newFocus.isEmpty()) {
            focus = List.copyOf(newFocus);
        }
    }
}
