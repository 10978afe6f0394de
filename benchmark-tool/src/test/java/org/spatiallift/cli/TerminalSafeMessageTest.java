package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

/** Log lines on stderr carry object and file names escaped, like the rest of the terminal output (issue #9). */
class TerminalSafeMessageTest {

    @Test
    void convertEscapesControlCharactersInTheFormattedMessage() {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("t"), Level.WARN,
                "object {} has no pixels", null, new Object[] {"\u001B]0;pwned\u0007chair"});

        String shown = new TerminalSafeMessage().convert(event);

        assertThat(shown).isEqualTo("object \\u001B]0;pwned\\u0007chair has no pixels");
    }
}
