package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Control characters in user-supplied text are shown escaped, never sent to the terminal (issue #9). */
class TerminalTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '\u001B[31mred chair' | \\u001B[31mred chair
            'bell\u0007'        | bell\\u0007
            back\bspace          | back\\u0008space
            del\u007F            | del\\u007F
            csi\u009B2J          | csi\\u009B2J
            left\u202Eright      | left\\u202Eright
            cr\rover             | cr\\u000Dover
            """)
    void escapeShowsControlCharactersAsCodes(String raw, String shown) {
        assertThat(TerminalText.escape(raw)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            coffee table
            Stuhl für Kinder
            椅子
            """)
    void escapeKeepsOrdinaryText(String text) {
        assertThat(TerminalText.escape(text)).isSameAs(text);
    }

    @org.junit.jupiter.api.Test
    void escapeKeepsLineBreaksAndTabsOfMultiLineOutput() {
        assertThat(TerminalText.escape("a\tb\nc\n")).isEqualTo("a\tb\nc\n");
    }
}
