package org.spatiallift.app.render;

/**
 * Lines and discs with a depth test. A line is clipped at the near plane and to the image, then stepped one pixel at a
 * time with 1/z interpolated linearly in the image (exact under perspective), stamping a square brush of its width.
 * Lines and discs are drawn slightly nearer than they are ({@value #LINE_DEPTH_BIAS} of their depth; a disc by its
 * radius) so those lying on a surface show on it.
 */
final class LineRasterizer {

    static final double LINE_DEPTH_BIAS = 0.004;
    static final double MIN_DISC_PX = 3;

    private LineRasterizer() {
    }

    static void segment(Projection p, Segment3 s, FrameBuffers b) {
        double[] a = p.toCamera(s.a()[0], s.a()[1], s.a()[2]);
        double[] c = p.toCamera(s.b()[0], s.b()[1], s.b()[2]);
        double near = p.near() * 1.0001;
        if (a[2] < near && c[2] < near) {
            return;
        }
        if (a[2] < near) {
            a = towards(c, a, near);
        } else if (c[2] < near) {
            c = towards(a, c, near);
        }
        double ua = p.cx() + p.f() * a[0] / a[2], va = p.cy() + p.f() * a[1] / a[2];
        double ub = p.cx() + p.f() * c[0] / c[2], vb = p.cy() + p.f() * c[1] / c[2];
        int pad = s.widthPx();
        double[] t = clip(ua, va, ub, vb, -pad, -pad, b.width() + pad, b.height() + pad);
        if (t == null) {
            return;
        }
        double iza = 1 / a[2], izb = 1 / c[2];
        double du = ub - ua, dv = vb - va;
        int steps = (int) Math.ceil(Math.max(Math.abs(du), Math.abs(dv)) * (t[1] - t[0]));
        steps = Math.max(1, steps);
        float bias = (float) (1 - LINE_DEPTH_BIAS);
        double half = s.widthPx() * 0.5 - 0.5;
        for (int i = 0; i <= steps; i++) {
            double k = t[0] + (t[1] - t[0]) * i / steps;
            double u = ua + du * k, v = va + dv * k;
            float d = (float) (1 / (iza + (izb - iza) * k)) * bias;
            int x0 = (int) Math.floor(u - half), y0 = (int) Math.floor(v - half);
            for (int y = y0; y < y0 + s.widthPx(); y++) {
                for (int x = x0; x < x0 + s.widthPx(); x++) {
                    b.plot(x, y, d, s.argb(), -1);
                }
            }
        }
    }

    static void marker(Projection p, Marker3 m, FrameBuffers b) {
        double[] c = p.toCamera(m.centre()[0], m.centre()[1], m.centre()[2]);
        if (c[2] <= p.near()) {
            return;
        }
        double u = p.cx() + p.f() * c[0] / c[2], v = p.cy() + p.f() * c[1] / c[2];
        double r = Math.max(MIN_DISC_PX, m.radiusM() * p.f() / c[2]);
        float d = (float) Math.max(p.near(), c[2] - m.radiusM());
        for (int y = (int) Math.floor(v - r); y <= (int) Math.ceil(v + r); y++) {
            for (int x = (int) Math.floor(u - r); x <= (int) Math.ceil(u + r); x++) {
                double dx = x + 0.5 - u, dy = y + 0.5 - v;
                if (dx * dx + dy * dy <= r * r) {
                    b.plot(x, y, d, m.argb(), -1);
                }
            }
        }
    }

    /** The point on the camera-space line from {@code in} (in front) to {@code out} (behind) at depth {@code z}. */
    private static double[] towards(double[] in, double[] out, double z) {
        double t = (in[2] - z) / (in[2] - out[2]);
        return new double[] {in[0] + (out[0] - in[0]) * t, in[1] + (out[1] - in[1]) * t, z};
    }

    /** Liang–Barsky: the part [t0, t1] of the image line a → b inside the rectangle, or null when none is. */
    private static double[] clip(double ua, double va, double ub, double vb, double xmin, double ymin, double xmax,
                                 double ymax) {
        double t0 = 0, t1 = 1;
        double du = ub - ua, dv = vb - va;
        double[] pv = {-du, du, -dv, dv};
        double[] qv = {ua - xmin, xmax - ua, va - ymin, ymax - va};
        for (int i = 0; i < 4; i++) {
            if (pv[i] == 0) {
                if (qv[i] < 0) {
                    return null;
                }
                continue;
            }
            double r = qv[i] / pv[i];
            if (pv[i] < 0) {
                t0 = Math.max(t0, r);
            } else {
                t1 = Math.min(t1, r);
            }
        }
        return t0 > t1 ? null : new double[] {t0, t1};
    }
}
