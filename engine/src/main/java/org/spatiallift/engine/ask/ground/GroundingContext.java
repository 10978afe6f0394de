package org.spatiallift.engine.ask.ground;

import java.util.List;

/**
 * What grounding a mention may refer back to (indices into the scene's usable objects).
 *
 * @param focus the object(s) the last answer was about or chose ("it")
 * @param last  every object of the last question ("them", "the other one")
 * @param used  the objects this question already names ("the other chair" is not one of them)
 */
public record GroundingContext(List<Integer> focus, List<Integer> last, List<Integer> used) {

    public static final GroundingContext NONE = new GroundingContext(List.of(), List.of(), List.of());

    public GroundingContext {
        focus = List.copyOf(focus);
        last = List.copyOf(last);
        used = List.copyOf(used);
    }
}
