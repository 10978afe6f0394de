package org.spatiallift.engine.vlm;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the waits and returns at once. */
@FunctionalInterface
public interface Sleeper {

    /** Thread.sleep. */
    Sleeper REAL = d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));

    void sleep(Duration duration) throws InterruptedException;
}
