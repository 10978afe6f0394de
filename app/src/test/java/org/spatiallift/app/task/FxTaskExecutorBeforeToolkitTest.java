package org.spatiallift.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Work starts before JavaFX is up; its callbacks wait for the window, then run in the order they were posted (one that
 * throws does not stop the others), and later ones go straight to the UI thread.
 */
class FxTaskExecutorBeforeToolkitTest {

    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(new ArrayList<>(), uiQueue::add);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Test
    void callbacksPostedBeforeTheToolkitWaitAndThenRunInOrder() throws Exception {
        CountDownLatch allDone = new CountDownLatch(1);
        try {
            executor.execute(() -> {
                executor.runOnUiThread(() -> seen.add("progress"));
                return "lifted";
            }, seen::add, e -> seen.add("failed: " + e));
            executor.execute(() -> {
                throw new IllegalStateException("broken file");
            }, v -> seen.add("unexpected"), e -> seen.add("failed: " + e.getMessage()));
            executor.execute(() -> "third", v -> {
                seen.add(v);
                allDone.countDown();
            }, e -> seen.add("failed: " + e));
            // the worker is one thread: once a fourth task runs, the three have posted their callbacks
            CountDownLatch posted = new CountDownLatch(1);
            executor.execute(() -> {
                posted.countDown();
                return null;
            }, v -> { }, e -> { });
            assertThat(posted.await(10, TimeUnit.SECONDS)).as("the work runs at once").isTrue();
            assertThat(seen).as("nothing reaches the UI before the toolkit runs").isEmpty();
            assertThat(uiQueue).isEmpty();

            executor.toolkitStarted();

            assertThat(seen).containsExactly("progress", "lifted", "failed: broken file", "third");
            assertThat(allDone.getCount()).isZero();
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void aFailingHeldCallbackDoesNotStopTheOthersAndLaterCallbacksGoToTheUiThread() throws Exception {
        try {
            executor.runOnUiThread(() -> {
                throw new IllegalStateException("a broken listener");
            });
            executor.runOnUiThread(() -> seen.add("after the broken one"));

            executor.toolkitStarted();
            assertThat(seen).containsExactly("after the broken one");

            executor.execute(() -> "later", seen::add, e -> seen.add("failed: " + e));
            Runnable delivered = uiQueue.poll(10, TimeUnit.SECONDS);
            assertThat(delivered).as("a callback after the toolkit started goes to the UI thread").isNotNull();
            assertThat(seen).as("not run on the worker").containsExactly("after the broken one");
            delivered.run();
            assertThat(seen).containsExactly("after the broken one", "later");
        } finally {
            executor.shutdown();
        }
    }
}
