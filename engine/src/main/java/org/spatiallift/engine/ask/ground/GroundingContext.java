package org.spatiallift.engine.ask.ground;

import org.spatiallift.engine.qa.ExcludedObject;

import java.util.List;

/**
 * What grounding a mention may refer back to (indices into the scene's usable objects).
 *
 * @param focus the object(s) the last answer was about or chose ("it")
 * @param last  every object of the last question ("them", "the other one")
 * @param used  the objects this question already names ("the other chair" is not one of them)
 * @param pointed        the object the user points at ("this"), or empty
 * @param pointedLeftOut the object pointed at when it is left out of questions (then {@code pointed} is empty), or null
 */
public record GroundingContext(List<Integer> focus, List<Integer> last, List<Integer> used, List<Integer> pointed,
                               ExcludedObject pointedLeftOut) {

    public static final GroundingContext NONE = new GroundingContext(List.of(), List.of(), List.of());

    public GroundingContext {
        focus = List.copyOf(focus);
        last = List.copyOf(last);
        used = List.copyOf(used);
        pointed = List.copyOf(pointed);
    }

    /** Nothing pointed at. */
    public GroundingContext(List<Integer> focus, List<Integer> last, List<Integer> used) {
        this(focus, last, used, List.of(), null);
    }
}
