package org.spatiallift.engine.ask;

/** Reads a question's intent. Implementations are thread-safe after construction. */
@FunctionalInterface
public interface IntentReader {

    /** What {@code question} asks; {@link IntentKind#UNSUPPORTED} when no geometry answers it. */
    Intent read(String question);
}
