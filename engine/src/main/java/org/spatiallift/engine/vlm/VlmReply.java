package org.spatiallift.engine.vlm;

/**
 * A vision-language model's answer to one question about one image.
 *
 * @param text   the answer text as the model gave it (stripped)
 * @param answer what it says, read ({@link VlmAnswer#parse})
 * @param model  the model that answered, as the server names it
 */
public record VlmReply(String text, VlmAnswer answer, String model) {

    /** The model's number (metres for lengths), or NaN. */
    public double value() {
        return answer.hasQuantity() ? answer.quantity().value() : Double.NaN;
    }

    /** The unit of {@link #value()} ("m", "ratio", "o'clock"), or null. */
    public String unit() {
        return answer.hasQuantity() ? answer.quantity().unit() : null;
    }

    /** How this answer compares with the measured one. */
    public Agreement agreement(GeometricAnswer measured) {
        return Agreement.of(answer, measured);
    }
}
