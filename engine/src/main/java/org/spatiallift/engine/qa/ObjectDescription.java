package org.spatiallift.engine.qa;

import java.util.List;

/**
 * How one object can be named in a question: a unique referring expression, or the reason there is none.
 *
 * @param objectId         the object's id
 * @param expression       its unique referring expression ("the chair on the left"), or null when ambiguous
 * @param ambiguityReason  why it cannot be named unambiguously, or null when it can
 * @param alternatives     other expressions that also pick it out alone, in order of preference (empty when
 *                         ambiguous); used where the expression would state what a question asks
 */
public record ObjectDescription(int objectId, String expression, String ambiguityReason, List<String> alternatives) {

    /** A description without alternatives. */
    public ObjectDescription(int objectId, String expression, String ambiguityReason) {
        this(objectId, expression, ambiguityReason, List.of());
    }

    public ObjectDescription {
        if ((expression == null) == (ambiguityReason == null)) {
            throw new IllegalArgumentException("object " + objectId
                    + " needs either a referring expression or a reason why it has none");
        }
        if (expression != null && expression.isBlank()) {
            throw new IllegalArgumentException("object " + objectId + ": a referring expression must not be blank");
        }
        alternatives = expression == null || alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public static ObjectDescription referable(int objectId, String expression) {
        return new ObjectDescription(objectId, expression, null);
    }

    /** {@code expression}, or any of {@code alternatives} where it would state what a question asks. */
    public static ObjectDescription referable(int objectId, String expression, List<String> alternatives) {
        return new ObjectDescription(objectId, expression, null, alternatives);
    }

    public static ObjectDescription ambiguous(int objectId, String reason) {
        return new ObjectDescription(objectId, null, reason);
    }

    public boolean usable() {
        return expression != null;
    }
}
