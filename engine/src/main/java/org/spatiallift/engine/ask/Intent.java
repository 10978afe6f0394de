package org.spatiallift.engine.ask;

import java.util.List;
import java.util.Objects;

import org.spatiallift.engine.qa.Units;

/**
 * A question read into what it asks, before grounding: its kind, the QA category (for {@link IntentKind#CATEGORY}),
 * the object mentions as written, a distance threshold the question states, and the units it asks in.
 *
 * @param question   the question as asked
 * @param kind       what it asks for
 * @param category   the QA category name ({@code centre_distance}, {@code taller}, …) for CATEGORY, else null
 * @param mentions   the object phrases as written in the question ("the red chair", "it", "the other one"), in the
 *                   category's object order: A then B (then a third) for one-, two- and three-object categories; the
 *                   reference X first, then the listed objects, for categories with a target and for WITHIN. Empty
 *                   when the reader could not isolate them (grounding then scans the whole question)
 * @param thresholdM a distance the question states ("within 2 feet" → 0.6096), m; NaN when none
 * @param units      the units the question asks in ("in feet" → IMPERIAL), or null when it does not say
 * @param confidence how sure the reader is, 0–1 (1 for an exact template match)
 */
public record Intent(String question, IntentKind kind, String category, List<String> mentions, double thresholdM,
                     Units units, double confidence) {

    public Intent {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        mentions = List.copyOf(mentions);
        if ((kind == IntentKind.CATEGORY) != (category != null)) {
            throw new IllegalArgumentException("an intent names a category exactly when its kind is CATEGORY: " + kind
                    + ", " + category);
        }
    }

    /** A question no geometry answers. */
    public static Intent unsupported(String question) {
        return new Intent(question, IntentKind.UNSUPPORTED, null, List.of(), Double.NaN, null, 0);
    }
}
