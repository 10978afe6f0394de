package org.spatiallift.engine.ask.measure;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Z;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * Plausible other measurements of one scene: each sample moves every box as {@link MeasurementNoise} says the
 * measurement could be off (canonical frame, metres). For object i with box centre c, extents e and range
 * r = |c − (0, 0, h)| from the camera: the whole box shifts along the unit ray u = (c − camera)/r by N(0, σ_d(r));
 * each of its six faces moves by N(0, σ_f(r)); then the frame tilts by α, β ~ N(0, θ) about the x and y axes through
 * the origin (the floor under the camera): c.z += α·c.y − β·c.x, c.y −= α·c.z, c.x += β·c.z, and the box height
 * changes by α·e.y + β·e.x (a tilted frame measures a box's footprint into its height). Oriented boxes scale with the
 * axis-aligned extents. Seeded: the same scene and noise always give the same samples. Immutable.
 */
public final class PerturbedScenes {

    /** Samples drawn per scene. */
    public static final int SAMPLES = 200;
    private static final double MIN_EXTENT_M = 0.001;

    private final List<SceneGeometry> samples;

    public PerturbedScenes(SceneGeometry g, List<OrientedBox> oriented, MeasurementNoise noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<SceneGeometry> out = new ArrayList<>(SAMPLES);
        double theta = Math.toRadians(noise.gravityDeg());
        for (int s = 0; s < SAMPLES; s++) {
            double alpha = theta * rng.nextGaussian(), beta = theta * rng.nextGaussian();
            List<Box3> boxes = new ArrayList<>(g.count());
            List<OrientedBox> obs = new ArrayList<>(g.count());
            for (int i = 0; i < g.count(); i++) {
                double cx = g.centre(i, X), cy = g.centre(i, Y), cz = g.centre(i, Z);
                double rx = cx, ry = cy, rz = cz - g.cameraHeightM();
                double r = Math.max(1e-6, Math.sqrt(rx * rx + ry * ry + rz * rz));
                double shift = noise.depth().sigmaM(r) * rng.nextGaussian();
                double sf = noise.edgeSigmaM(r);
                double[] lo = new double[3], hi = new double[3];
                double[] shiftAxis = {shift * rx / r, shift * ry / r, shift * rz / r};
                for (int k = 0; k < 3; k++) {
                    lo[k] = g.lo(i, k) + shiftAxis[k] + sf * rng.nextGaussian();
                    hi[k] = g.hi(i, k) + shiftAxis[k] + sf * rng.nextGaussian();
                    if (hi[k] - lo[k] < MIN_EXTENT_M) {
                        double mid = 0.5 * (lo[k] + hi[k]);
                        lo[k] = mid - MIN_EXTENT_M / 2;
                        hi[k] = mid + MIN_EXTENT_M / 2;
                    }
                }
                double ex = hi[0] - lo[0], ey = hi[1] - lo[1], ez = hi[2] - lo[2];
                double mx = 0.5 * (lo[0] + hi[0]), my = 0.5 * (lo[1] + hi[1]), mz = 0.5 * (lo[2] + hi[2]);
                double tx = mx + beta * mz, ty = my - alpha * mz, tz = mz + alpha * my - beta * mx;
                double tez = Math.max(MIN_EXTENT_M, ez + alpha * ey + beta * ex);
                Box3 b = new Box3(new Vec3(tx - ex / 2, ty - ey / 2, tz - tez / 2), new Vec3(tx + ex / 2, ty + ey / 2,
                        tz + tez / 2));
                boxes.add(b);
                OrientedBox o = oriented.get(i);
                double sxy = Math.sqrt(ex * ey / Math.max(1e-12, g.extent(i, X) * g.extent(i, Y)));
                double sz = tez / Math.max(1e-12, g.extent(i, Z));
                Vec3 oe = o.extents();
                obs.add(new OrientedBox(b.center(), new Vec3(oe.x() * sxy, oe.y() * sxy, oe.z() * sz), o.yawDeg()));
            }
            out.add(new SceneGeometry(boxes, obs, g.cameraHeightM()));
        }
        samples = List.copyOf(out);
    }

    public List<SceneGeometry> samples() {
        return samples;
    }
}
