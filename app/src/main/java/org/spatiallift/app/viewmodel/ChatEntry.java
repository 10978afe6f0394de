package org.spatiallift.app.viewmodel;

import java.util.List;
import java.util.Objects;

/**
 * One question of the chat and its answer, as the Chat tab shows it.
 *
 * @param id          the entry's number in this chat (1, 2, …)
 * @param question    the question as asked
 * @param answer      the answer's text ("The chair is about 1.2 m from the table."), or "…" while it is worked out
 * @param measured    the value with its unit, interval and frame ("1.21 m (1.15–1.27 m), canonical frame"), or ""
 * @param howMeasured how it was measured ("between the box centres, in the gravity-aligned frame"), or ""
 * @param steps       the direct questions a multi-step answer was built from, each "question → answer"
 * @param candidates  the objects a clarification offers (empty unless the question fit several objects)
 * @param vlm         the vision-language model's answer ("VLM (llava): about 2 meters"), or "" when none
 * @param vlmVerdict  how it compares ("agrees: 1.10× the measured value", "disagrees: …"), or ""
 * @param state       whether the answer is still being worked out, done, or failed
 */
public record ChatEntry(int id, String question, String answer, String measured, String howMeasured,
                        List<String> steps, List<ChatCandidate> candidates, String vlm, String vlmVerdict,
                        State state) {

    /** Where an entry is. */
    public enum State { ASKING, ANSWERED, FAILED }

    public ChatEntry {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(state, "state");
        measured = measured == null ? "" : measured;
        howMeasured = howMeasured == null ? "" : howMeasured;
        steps = List.copyOf(steps);
        candidates = List.copyOf(candidates);
        vlm = vlm == null ? "" : vlm;
        vlmVerdict = vlmVerdict == null ? "" : vlmVerdict;
    }

    /** The entry while its answer is worked out. */
    public static ChatEntry asking(int id, String question) {
        return new ChatEntry(id, question, "…", "", "", List.of(), List.of(), "", "", State.ASKING);
    }

    /** True when the answer asks which object was meant. */
    public boolean clarification() {
        return !candidates.isEmpty();
    }
}
