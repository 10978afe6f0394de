package org.spatiallift.engine.ask.intent;

/**
 * One token of a question after normalisation, with the span of the question's own text it came from, so that a
 * mention found in the normalised text is handed on as the user wrote it.
 *
 * @param text    the normalised token ("how", "is", ",", "{a}" for a template slot)
 * @param start   start of its source in the original text, a char index
 * @param end     end of its source (exclusive), a char index
 * @param guessed the text is a guess at a misspelt word ({@link TypoCorrector}): patterns read the guess, a mention
 *                keeps what was written ("the black box" never becomes "the back box")
 */
record Word(String text, int start, int end, boolean guessed) {

    Word(String text, int start, int end) {
        this(text, start, end, false);
    }

    /** True for a list or clause separator (",", ":", ";"). */
    boolean separator() {
        return text.length() == 1 && ",:;".indexOf(text.charAt(0)) >= 0;
    }
}
