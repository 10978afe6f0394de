package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.ask.measure.MeasurementNoise;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;

/**
 * Intervals hold the truth. Each trial: a random true room of boxes (a camera 1.5 m high), then what a depth sensor
 * would measure of it — each object displaced along its camera ray by the sensor's depth error, each box face moved by
 * a mask-edge error, the whole frame tilted by a gravity error (which also inflates box heights by the tilted
 * footprint, as re-bounding tilted points does) — simulated here with uniform and Laplace errors of the
 * noise model's standard deviations (not the Gaussians the estimator draws), so the test does not check the estimator
 * against itself. Every length and ratio question asked of the measured room must have an interval holding the value
 * computed on the true room at least 90 % of the time, and be no absurdly wide: median width at most 30 % of the value.
 */
class IntervalCoverageTest {

    private static final List<String> QUANTITIES = List.of("centre_distance", "horizontal_distance", "width", "height",
            "depth", "distance_from_camera", "left_right_offset", "front_back_offset", "height_ratio", "surface_distance",
            "vertical_distance", "elevation", "gap");

    @Test
    void intervalsContainTheTrueValueAtLeastNinetyPercentOfTheTime() {
        int inside = 0, total = 0;
        List<Double> relWidths = new ArrayList<>();
        int[] perCategoryIn = new int[QUANTITIES.size()], perCategory = new int[QUANTITIES.size()];
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            List<QaObject> truth = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                double w = rng.nextDouble(0.2, 1.2), d = rng.nextDouble(0.2, 1.2), h = rng.nextDouble(0.3, 1.5);
                double x = rng.nextDouble(-2.5, 2.5), y = rng.nextDouble(1.5, 6);
                double z = rng.nextInt(3) == 0 ? rng.nextDouble(0.2, 1.0) : 0;
                truth.add(box(i, "object " + i, x, y, z, w, d, h));
            }
            QaScene trueScene = QaScene.ofObjects("truth-" + seed, truth, true, 1.5, SceneSource.LABELS);
            MeasurementNoise noise = MeasurementNoise.of(trueScene, 1.0);
            QaScene measured = QaScene.ofObjects("measured-" + seed, measure(truth, noise, rng), true, 1.5,
                    SceneSource.LABELS);
            Asker asker = new Asker(measured, AskOptions.of(measured, 1.0), q -> Intent.unsupported(q), null);
            for (int c = 0; c < QUANTITIES.size(); c++) {
                Category category = Categories.byName(QUANTITIES.get(c));
                int a = rng.nextInt(5), b = (a + 1 + rng.nextInt(4)) % 5;
                double trueValue = evaluate(category, trueScene, a, b);
                List<String> mentions = category.arity().minObjects() == 1
                        ? List.of(measured.objects().get(a).description())
                        : List.of(measured.objects().get(a).description(), measured.objects().get(b).description());
                Answer answer = asker.ask(new Intent("?", IntentKind.CATEGORY, category.name(), mentions, Double.NaN, null,
                        1), new Conversation());
                if (Double.isNaN(trueValue) || answer.value() == null) {
                    continue; // undecided on the truth or on the measurement (touching boxes, a near-tie)
                }
                total++;
                perCategory[c]++;
                if (answer.interval() == null) {
                    continue; // a value stated without a range counts as a miss
                }
                if (answer.interval().contains(trueValue)) {
                    inside++;
                    perCategoryIn[c]++;
                }
                relWidths.add(answer.interval().width() / Math.max(0.05, Math.abs(answer.value())));
            }
        }
        double coverage = (double) inside / total;
        double[] w = relWidths.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = w[w.length / 2];
        StringBuilder per = new StringBuilder();
        for (int c = 0; c < QUANTITIES.size(); c++) {
            per.append(String.format(" %s %d/%d", QUANTITIES.get(c), perCategoryIn[c], perCategory[c]));
        }
        System.out.printf("interval coverage: %d of %d (%.1f %%), median width %.1f %% of the value;%s%n", inside, total,
                100 * coverage, 100 * median, per);
        assertThat(total).isGreaterThan(500);
        assertThat(coverage).isGreaterThanOrEqualTo(0.90);
        assertThat(median).isLessThanOrEqualTo(0.30);
    }

    /** The sensor's view of the true boxes: shift along the ray, face errors, a tilted frame (uniform and Laplace). */
    private static List<QaObject> measure(List<QaObject> truth, MeasurementNoise noise, SplittableRandom rng) {
        double theta = Math.toRadians(noise.gravityDeg());
        double alpha = laplace(rng, theta), beta = laplace(rng, theta);
        List<QaObject> out = new ArrayList<>();
        for (QaObject o : truth) {
            Vec3 c = o.boxCanonical().center(), e = o.boxCanonical().extents();
            double rz = c.z() - 1.5, r = Math.sqrt(c.x() * c.x() + c.y() * c.y() + rz * rz);
            double shift = uniform(rng, noise.depth().sigmaM(r));
            double sf = noise.edgeSigmaM(r);
            double[] lo = {c.x() - e.x() / 2, c.y() - e.y() / 2, c.z() - e.z() / 2};
            double[] hi = {c.x() + e.x() / 2, c.y() + e.y() / 2, c.z() + e.z() / 2};
            double[] ray = {c.x() / r, c.y() / r, rz / r};
            for (int k = 0; k < 3; k++) {
                lo[k] += shift * ray[k] + uniform(rng, sf);
                hi[k] += shift * ray[k] + uniform(rng, sf);
            }
            double mx = (lo[0] + hi[0]) / 2, my = (lo[1] + hi[1]) / 2, mz = (lo[2] + hi[2]) / 2;
            double ex = hi[0] - lo[0], ey = hi[1] - lo[1], ez = hi[2] - lo[2] + Math.abs(alpha) * ey + Math.abs(beta) * ex;
            double tx = mx + beta * mz, ty = my - alpha * mz, tz = mz + alpha * my - beta * mx;
            out.add(box(o.id(), o.name(), tx, ty, tz - ez / 2, ex, ey, ez));
        }
        return out;
    }

    private static double evaluate(Category c, QaScene scene, int a, int b) {
        Draw d = new Draw(scene.geometry(), Margins.defaults(), Units.METRIC, new SplittableRandom(0), null);
        d.reset();
        if (c.arity().minObjects() == 1) {
            d.with(a);
        } else {
            d.with(a, b);
        }
        return c.evaluate(d) ? d.value : Double.NaN;
    }

    private static QaObject box(int id, String name, double x, double y, double z, double w, double d, double h) {
        Box3 b = new Box3(new Vec3(x - w / 2, y - d / 2, z), new Vec3(x + w / 2, y + d / 2, z + h));
        return new QaObject(id, name, "the " + name, b, new OrientedBox(b.center(), b.extents(), 0));
    }

    /** Uniform on [−√3·σ, √3·σ] (standard deviation σ). */
    private static double uniform(SplittableRandom rng, double sigma) {
        return (rng.nextDouble() * 2 - 1) * Math.sqrt(3) * sigma;
    }

    /** Laplace with standard deviation σ (scale σ/√2): heavier tails than the estimator's Gaussian. */
    private static double laplace(SplittableRandom rng, double sigma) {
        double u = rng.nextDouble() - 0.5;
        return -sigma / Math.sqrt(2) * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
    }
}
