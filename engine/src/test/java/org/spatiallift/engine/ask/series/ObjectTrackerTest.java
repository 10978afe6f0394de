package org.spatiallift.engine.ask.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Vec3;

class ObjectTrackerTest {

    private static final TrackingLimits LIMITS = new TrackingLimits(0.3, 0.1);

    private static TrackCandidate c(int id, String label, double x, double y, double z) {
        return new TrackCandidate(id, label, new Vec3(x, y, z), id - 1, null);
    }

    @Test
    void nextFollowsTheNearestObjectOfTheSameLabel() {
        ObjectTracker t = new ObjectTracker(List.of(c(1, "chair", 0, 0, 2), c(2, "table", 1, 0, 3)), LIMITS);

        // ids change from frame to frame (detection ranks); a cup sits where the chair was, a far chair is ignored
        List<TrackMatch> m = t.next(List.of(c(1, "table", 1.05, 0, 3.02), c(2, "cup", 0, 0, 2),
                c(3, "chair", 0.04, 0.01, 2.03), c(4, "chair", 2.0, 0, 2)));

        assertThat(m).extracting(TrackMatch::candidate).containsExactly(2, 0);
        assertThat(m.get(0).jumpM()).isCloseTo(0.0510, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(m.get(1).jumpM()).isCloseTo(0.0539, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void nextComparesWithWhereTheObjectWasLastSeenSoItFollowsASlowDrift() {
        ObjectTracker t = new ObjectTracker(List.of(c(1, "chair", 0, 0, 2)), LIMITS);
        for (int k = 1; k <= 10; k++) {
            // 0.25 m per frame: 2.5 m in all, far beyond one jump from the start, but each step within reach
            List<TrackMatch> m = t.next(List.of(c(1, "chair", 0.25 * k, 0, 2), c(2, "chair", 0.25 * k - 0.9, 0, 2)));
            assertThat(m.get(0).candidate()).as("frame %d", k).isZero();
        }
    }

    @Test
    void nextLosesAnObjectThatJumpsTooFarAndSaysHowFar() {
        ObjectTracker t = new ObjectTracker(List.of(c(1, "chair", 0, 0, 2)), LIMITS);

        TrackMatch m = t.next(List.of(c(1, "chair", 0.5, 0, 2))).get(0);

        assertThat(m.isFound()).isFalse();
        assertThat(m.reason()).contains("chair", "0.50 m", "0.30 m");
    }

    @Test
    void nextLosesAnObjectWhoseLabelIsAbsent() {
        ObjectTracker t = new ObjectTracker(List.of(c(1, "bottle", 0, 0, 1)), LIMITS);

        TrackMatch m = t.next(List.of(c(1, "cup", 0, 0, 1))).get(0);

        assertThat(m.isFound()).isFalse();
        assertThat(m.reason()).contains("no bottle in this frame");
    }

    @Test
    void nextWidensTheReachByOneJumpPerFrameMissed() {
        ObjectTracker t = new ObjectTracker(List.of(c(1, "chair", 0, 0, 2)), LIMITS);
        assertThat(t.next(List.of()).get(0).isFound()).isFalse();

        // 0.5 m from the last sighting after one missed frame: within 2 x 0.3 m
        TrackMatch m = t.next(List.of(c(7, "chair", 0.5, 0, 2))).get(0);

        assertThat(m.candidate()).isZero();
        // and found again, the reach is one jump
        assertThat(t.next(List.of(c(1, "chair", 0.5 + 0.45, 0, 2))).get(0).isFound()).isFalse();
    }

    @Test
    void nextDoesNotGuessBetweenTwoObjectsOfTheLabelAtAlmostTheSameDistance() {
        ObjectTracker t = new ObjectTracker(List.of(c(1, "chair", 0, 0, 2)), LIMITS);

        TrackMatch m = t.next(List.of(c(1, "chair", 0.12, 0, 2), c(2, "chair", -0.15, 0, 2))).get(0);

        assertThat(m.isFound()).isFalse();
        assertThat(m.reason()).contains("two chair objects", "0.12 m", "0.15 m", "cannot be told");
    }

    @Test
    void nextTakesTheNearerOfTwoWhenTheyDifferByMoreThanTheMargin() {
        ObjectTracker t = new ObjectTracker(List.of(c(1, "chair", 0, 0, 2)), LIMITS);

        TrackMatch m = t.next(List.of(c(1, "chair", 0.25, 0, 2), c(2, "chair", 0.02, 0, 2))).get(0);

        assertThat(m.candidate()).isEqualTo(1);
    }

    @Test
    void nextLosesBothWhenTwoTrackedObjectsWouldBeTheSameObject() {
        ObjectTracker t = new ObjectTracker(List.of(c(1, "cup", 0, 0, 1), c(2, "cup", 0.2, 0, 1)), LIMITS);

        List<TrackMatch> m = t.next(List.of(c(5, "cup", 0.1, 0, 1)));

        assertThat(m).allSatisfy(x -> {
            assertThat(x.isFound()).isFalse();
            assertThat(x.reason()).contains("both nearest to cup 5");
        });
    }

    @Test
    void aTrackerNeedsObjectsAndLimitsMustBeSane() {
        assertThatThrownBy(() -> new ObjectTracker(List.of(), LIMITS)).hasMessageContaining("names no objects");
        assertThatThrownBy(() -> new TrackingLimits(0, 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new TrackingLimits(0.3, 0.3)).hasMessageContaining("ambiguity margin");
    }
}
