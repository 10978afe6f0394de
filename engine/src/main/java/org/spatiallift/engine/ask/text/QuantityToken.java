package org.spatiallift.engine.ask.text;

/**
 * A token of {@link QuantityReader}: a number (digits, a fraction), a lower-case word or one symbol character, with
 * its span in the text (char indices, end exclusive).
 */
record QuantityToken(Type type, String text, double value, boolean fraction, int start, int end) {

    enum Type { NUM, WORD, SYM }

    boolean is(String s) {
        return text.equals(s);
    }
}
