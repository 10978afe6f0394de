package org.spatiallift.cli;

import org.spatiallift.engine.io.TerminalText;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for output that may reach a terminal: besides the C0 controls JSON always escapes, DEL, the C1
 * controls and the bidirectional overrides ({@link TerminalText#isControl}) are written as {@code \\uXXXX}. The value
 * read back is unchanged.
 */
final class JsonControlEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch <= Character.MAX_VALUE && TerminalText.isControl((char) ch)) {
            return new SerializedString(String.format("\\u%04X", ch));
        }
        return null;
    }
}
