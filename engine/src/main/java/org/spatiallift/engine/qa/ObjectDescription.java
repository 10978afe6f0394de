package org.spatiallift.engine.qa;

/**
 * How one object can be named in a question: a unique referring expression, or the reason there is none.
 *
 * @param objectId         the object's id
 * @param expression       its unique referring expression ("the chair on the left"), or null when ambiguous
 * @param ambiguityReason  why it cannot be named unambiguously, or null when it can
 */
public record ObjectDescription(int objectId, String expression, String ambiguityReason) {

    public ObjectDescription {
        if ((expression == null) == (ambiguityReason == null)) {
            throw new IllegalArgumentException("object " + objectId
                    + " needs either a referring expression or a reason why it has none");
        }
        if (expression != null && expression.isBlank()) {
            throw new IllegalArgumentException("object " + objectId + ": a referring expression must not be blank");
        }
    }

    public static ObjectDescription referable(int objectId, String expression) {
        return new ObjectDescription(objectId, expression, null);
    }

    public static ObjectDescription ambiguous(int objectId, String reason) {
        return new ObjectDescription(objectId, null, reason);
    }

    public boolean usable() {
        return expression != null;
    }
}
