package org.spatiallift.engine.ask.answer;

import java.util.List;

import org.spatiallift.engine.ask.Answer;

/**
 * An answer and the objects a follow-up's "it" refers to: the object it chose (which is taller, which is closest),
 * else the objects it was about (indices into the scene's usable objects).
 */
public record Answered(Answer answer, List<Integer> focus) {

    public Answered {
        focus = List.copyOf(focus);
    }
}
