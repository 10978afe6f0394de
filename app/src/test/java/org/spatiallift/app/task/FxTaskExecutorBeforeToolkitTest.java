package org.spatiallift.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Work starts before JavaFX is up; its callbacks wait for the window and then run in the order they were posted. */
class FxTaskExecutorBeforeToolkitTest {

    @Test
    void callbacksPostedBeforeTheToolkitWaitAndThenRunInOrder() throws Exception {
        FxTaskExecutor executor = FxTaskExecutor.beforeToolkit();
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch earlierWorkDone = new CountDownLatch(1);
        try {
            executor.execute(() -> {
                executor.runOnUiThread(() -> seen.add("progress"));
                return "lifted";
            }, seen::add, e -> seen.add("failed: " + e));
            executor.execute(() -> {
                throw new IllegalStateException("broken file");
            }, v -> seen.add("unexpected"), e -> seen.add("failed: " + e.getMessage()));
            // one worker thread: when this third task runs, the first two have finished and posted their callbacks
            executor.execute(() -> {
                earlierWorkDone.countDown();
                return "third";
            }, seen::add, e -> seen.add("failed: " + e));

            assertThat(earlierWorkDone.await(10, TimeUnit.SECONDS)).as("the work runs at once").isTrue();
            assertThat(seen).as("nothing reaches the UI before the toolkit runs").isEmpty();

            executor.toolkitStarted();

            assertThat(seen).startsWith("progress", "lifted", "failed: broken file");
        } finally {
            executor.shutdown();
        }
    }
}
