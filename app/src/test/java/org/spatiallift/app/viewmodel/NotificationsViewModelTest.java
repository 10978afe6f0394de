package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationsViewModelTest {

    private final NotificationsViewModel notifications = new NotificationsViewModel();

    @Test
    void postKeepsNewestFiveInOrder() {
        for (int i = 0; i < 7; i++) {
            notifications.info("n" + i, "message " + i);
        }

        assertThat(notifications.items()).extracting(Notification::title).containsExactly("n2", "n3", "n4", "n5", "n6");
    }

    @Test
    void dismissRemovesAndLastErrorFindsNewestError() {
        Notification first = notifications.error("first", "a");
        notifications.info("info", "b");
        Notification second = notifications.error("second", "c");

        notifications.dismiss(second);

        assertThat(notifications.lastError()).isEqualTo(first);
        assertThat(notifications.items()).extracting(Notification::title).containsExactly("first", "info");
    }
}
