package org.spatiallift.engine.ask;

import java.util.ArrayList;
import java.util.List;

/**
 * A question waiting for the user to say which object a mention meant.
 *
 * @param intent     the question's intent
 * @param phrases    its object phrases, in order
 * @param resolved   the objects each phrase was grounded to so far (indices), null from {@code index} on
 * @param index      the phrase that fits several objects
 * @param candidates the objects it fits (indices)
 */
record Pending(Intent intent, List<String> phrases, List<List<Integer>> resolved, int index, List<Integer> candidates) {

    Pending {
        phrases = List.copyOf(phrases);
        resolved = new ArrayList<>(resolved);
        candidates = List.copyOf(candidates);
    }
}
