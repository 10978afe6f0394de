package org.spatiallift.app.render;

/**
 * A perspective camera orbiting a target in the canonical frame (metres; x right, y forward, z up): yaw about the
 * vertical, pitch down positive, at a distance, with a sideways/up pan and a vertical field of view. A yaw of 0 looks
 * along +y; −90° looks from +x. {@link #projection} freezes the pose into the matrix the renderer, picking and labels
 * share, so what is drawn and where labels go never disagree.
 *
 * <p>Camera coordinates: x right, y down, z forward (depth). With the view axes V(p) = (x, −z, y) of a canonical point,
 * p_cam = R_x(pitch)·R_y(−yaw)·(V(p) − V(target)) − (panX, panY, 0) + (0, 0, distance).
 */
public final class ViewCamera {

    public static final double DEFAULT_FOV_DEG = 45;
    public static final double NEAR_M = 0.02;
    private static final double MIN_FRAME_M = 0.3;
    private static final double MAX_FRAME_M = 150;
    private static final double MAX_PITCH_DEG = 89.9;

    private final double[] target = {0, 2, 0};
    private double yawDeg;
    private double pitchDeg = 30;
    private double distanceM = 5;
    private double panX;
    private double panY;
    private double fovDeg = DEFAULT_FOV_DEG;

    /** Looks at {@code targetCanonical} from {@code distanceM}, yawed and pitched (degrees; pitch positive looks down). */
    public void lookAt(double[] targetCanonical, double yaw, double pitch, double distance) {
        System.arraycopy(targetCanonical, 0, target, 0, 3);
        yawDeg = yaw;
        pitchDeg = pitch;
        distanceM = distance;
        panX = 0;
        panY = 0;
    }

    /**
     * Looks at {@code targetCanonical}, yawed and pitched (degrees), from the nearest distance (0.3–150 m, found by
     * bisection) at which all 8 corners of {@code box} ({minX, maxX, minY, maxY, minZ, maxZ}, canonical metres) project
     * inside a {@code width} × {@code height} image, {@code margin} of its width and height left free on each side.
     */
    public void frame(double[] targetCanonical, double yaw, double pitch, double[] box, int width, int height,
                      double margin) {
        double near = MIN_FRAME_M, far = MAX_FRAME_M;
        for (int i = 0; i < 40; i++) {
            double mid = Math.sqrt(near * far);
            lookAt(targetCanonical, yaw, pitch, mid);
            if (fits(projection(width, height), box, margin)) {
                far = mid;
            } else {
                near = mid;
            }
        }
        lookAt(targetCanonical, yaw, pitch, far);
    }

    private static boolean fits(Projection p, double[] box, double margin) {
        double mx = margin * p.width(), my = margin * p.height();
        for (int k = 0; k < 8; k++) {
            double[] at = p.project(box[k & 1], box[2 + (k >> 1 & 1)], box[4 + (k >> 2 & 1)]);
            if (at == null || at[0] < mx || at[0] > p.width() - mx || at[1] < my || at[1] > p.height() - my) {
                return false;
            }
        }
        return true;
    }

    /** Stands at {@code eyeCanonical} looking along +y pitched {@code pitch} degrees down, orbiting a point ahead. */
    public void lookFrom(double[] eyeCanonical, double pitch, double aheadM) {
        double p = Math.toRadians(pitch);
        double[] ahead = {eyeCanonical[0], eyeCanonical[1] + Math.cos(p) * aheadM, eyeCanonical[2] - Math.sin(p) * aheadM};
        lookAt(ahead, 0, pitch, aheadM);
    }

    /** Vertical field of view in degrees. */
    public void setFieldOfView(double verticalDeg) {
        fovDeg = verticalDeg;
    }

    /** Turns the camera about the target (degrees); pitch stays within ±{@value #MAX_PITCH_DEG}°. */
    public void orbit(double dYawDeg, double dPitchDeg) {
        yawDeg += dYawDeg;
        pitchDeg = Math.max(-MAX_PITCH_DEG, Math.min(MAX_PITCH_DEG, pitchDeg + dPitchDeg));
    }

    /** Moves the camera sideways and up/down by a share of the distance per pixel dragged. */
    public void pan(double dxPx, double dyPx) {
        double scale = distanceM / 800;
        panX -= dxPx * scale;
        panY -= dyPx * scale;
    }

    /** Multiplies the distance by {@code factor}, kept within 0.1–150 m. */
    public void zoom(double factor) {
        distanceM = Math.max(0.1, Math.min(150, distanceM * factor));
    }

    /** Yaw and pitch (down positive) in degrees, and distance in metres. */
    public double[] pose() {
        return new double[] {yawDeg, pitchDeg, distanceM};
    }

    /** The pose as a projection onto an image of {@code width} × {@code height} pixels. */
    public Projection projection(int width, int height) {
        double cy = Math.cos(Math.toRadians(yawDeg)), sy = Math.sin(Math.toRadians(yawDeg));
        double cp = Math.cos(Math.toRadians(pitchDeg)), sp = Math.sin(Math.toRadians(pitchDeg));
        // Rows of R_y(−yaw) applied to view axes (x, −z, y): canonical → rotated-by-yaw view axes.
        double[] r0 = {cy, -sy, 0};
        double[] r1 = {0, 0, -1};
        double[] r2 = {sy, cy, 0};
        // Then R_x(pitch): rows (r0, cp·r1 − sp·r2, sp·r1 + cp·r2).
        double[] m = new double[12];
        double[][] rows = {r0, add(r1, cp, r2, -sp), add(r1, sp, r2, cp)};
        double[] shift = {-panX, -panY, distanceM};
        for (int r = 0; r < 3; r++) {
            double t = 0;
            for (int c = 0; c < 3; c++) {
                m[4 * r + c] = rows[r][c];
                t -= rows[r][c] * target[c];
            }
            m[4 * r + 3] = t + shift[r];
        }
        double f = height / 2.0 / Math.tan(Math.toRadians(fovDeg) / 2);
        return new Projection(m, f, width / 2.0, height / 2.0, width, height, NEAR_M);
    }

    private static double[] add(double[] a, double wa, double[] b, double wb) {
        return new double[] {a[0] * wa + b[0] * wb, a[1] * wa + b[1] * wb, a[2] * wa + b[2] * wb};
    }
}
