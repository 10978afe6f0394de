package org.spatiallift.engine.ask;

/**
 * A vision-language model's answer to the same question, shown beside the measured one.
 *
 * @param answer its text
 * @param value  the number parsed from it, in the measured answer's unit, or null
 * @param unit   that unit, or null
 * @param agrees whether it agrees with the measured answer (a value within [0.75×, 1.33×], or the same qualitative
 *               answer); null when that cannot be told
 * @param explanation one line on what was compared ("model 1.8 m vs measured 2.1 m: ratio 0.86, within [0.75, 1.33]"),
 *                    or why it could not be
 */
public record VlmAnswer(String answer, Double value, String unit, Boolean agrees, String explanation) {
}
