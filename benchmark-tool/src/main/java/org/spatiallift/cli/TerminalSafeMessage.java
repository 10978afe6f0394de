package org.spatiallift.cli;

import org.spatiallift.engine.io.TerminalText;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log pattern's {@code %safeMsg}: the message with control characters escaped ({@link TerminalText}). */
public final class TerminalSafeMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TerminalText.escape(super.convert(event));
    }
}
