package org.spatiallift.engine.sample;

/**
 * One primitive placed in the canonical frame, ready for ray casting: centre c, half edges (hx, hy, hz) along the
 * object's axes x' = (cos ψ, sin ψ, 0), y' = (−sin ψ, cos ψ, 0), z, with ψ the yaw. Rays are p(t) = o + t·d with
 * any non-zero d; {@link #hit} returns the smallest t &gt; 0 where the ray enters the primitive, or +∞.
 */
final class Primitive {

    private static final double EPS = 1e-9;

    final int objectIndex;
    final Shape shape;
    final double cx, cy, cz, hx, hy, hz, cos, sin;

    Primitive(int objectIndex, Shape shape, double cx, double cy, double cz, double hx, double hy, double hz, double yawRad) {
        this.objectIndex = objectIndex;
        this.shape = shape;
        this.cx = cx;
        this.cy = cy;
        this.cz = cz;
        this.hx = hx;
        this.hy = hy;
        this.hz = hz;
        this.cos = Math.cos(yawRad);
        this.sin = Math.sin(yawRad);
    }

    double hit(double ox, double oy, double oz, double dx, double dy, double dz) {
        double px = ox - cx, py = oy - cy, pz = oz - cz;
        return switch (shape) {
            case BOX -> hitBox(px, py, pz, dx, dy, dz);
            case CYLINDER -> hitCylinder(px, py, pz, dx, dy, dz);
            case SPHERE -> hitSphere(px, py, pz, dx, dy, dz);
        };
    }

    /**
     * Slab test (Kay &amp; Kajiya 1986) in the box frame, where the ray is p' = (x'·p, y'·p, z) and d' likewise:
     * per axis t ∈ [(−h − p')/d', (h − p')/d'], entry t = max of the slab entries if it is ≤ min of the exits.
     */
    private double hitBox(double px, double py, double pz, double dx, double dy, double dz) {
        double lx = cos * px + sin * py, ly = -sin * px + cos * py;
        double ldx = cos * dx + sin * dy, ldy = -sin * dx + cos * dy;
        double near = Double.NEGATIVE_INFINITY, far = Double.POSITIVE_INFINITY;
        for (int axis = 0; axis < 3; axis++) {
            double p = axis == 0 ? lx : axis == 1 ? ly : pz;
            double d = axis == 0 ? ldx : axis == 1 ? ldy : dz;
            double h = axis == 0 ? hx : axis == 1 ? hy : hz;
            if (Math.abs(d) < 1e-15) {
                if (Math.abs(p) > h) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double t1 = (-h - p) / d, t2 = (h - p) / d;
            near = Math.max(near, Math.min(t1, t2));
            far = Math.min(far, Math.max(t1, t2));
            if (near > far) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return near > EPS ? near : Double.POSITIVE_INFINITY;
    }

    /**
     * Vertical cylinder of radius r = hx, z ∈ [−hz, hz] about its centre. Side: (px + t·dx)² + (py + t·dy)² = r², the
     * smaller root t = (−b − √(b² − a·c)) / a with a = dx² + dy², b = px·dx + py·dy, c = px² + py² − r², kept when
     * |pz + t·dz| ≤ hz. Caps: t = (±hz − pz) / dz, kept when the hit lies within r of the axis.
     */
    private double hitCylinder(double px, double py, double pz, double dx, double dy, double dz) {
        double r = hx, best = Double.POSITIVE_INFINITY;
        double a = dx * dx + dy * dy;
        if (a > 1e-18) {
            double b = px * dx + py * dy, c = px * px + py * py - r * r;
            double disc = b * b - a * c;
            if (disc >= 0) {
                double t = (-b - Math.sqrt(disc)) / a;
                if (t > EPS && Math.abs(pz + t * dz) <= hz) {
                    best = t;
                }
            }
        }
        if (Math.abs(dz) > 1e-15) {
            best = cap(hz, px, py, pz, dx, dy, dz, r, best);
            best = cap(-hz, px, py, pz, dx, dy, dz, r, best);
        }
        return best;
    }

    private static double cap(double capZ, double px, double py, double pz, double dx, double dy, double dz, double r,
                              double best) {
        double t = (capZ - pz) / dz;
        if (t > EPS && t < best) {
            double x = px + t * dx, y = py + t * dy;
            if (x * x + y * y <= r * r) {
                return t;
            }
        }
        return best;
    }

    /** Sphere of radius r = hx: |p + t·d|² = r², t = (−b − √(b² − a·c)) / a with a = d·d, b = p·d, c = p·p − r². */
    private double hitSphere(double px, double py, double pz, double dx, double dy, double dz) {
        double r = hx;
        double a = dx * dx + dy * dy + dz * dz, b = px * dx + py * dy + pz * dz, c = px * px + py * py + pz * pz - r * r;
        double disc = b * b - a * c;
        if (disc < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double t = (-b - Math.sqrt(disc)) / a;
        return t > EPS ? t : Double.POSITIVE_INFINITY;
    }

    /**
     * Outward unit normal (canonical) at a surface point (x, y, z), written to {@code out}. For a box or cylinder the
     * face is the one whose coordinate, relative to its half size, is largest.
     */
    void normalAt(double x, double y, double z, double[] out) {
        double px = x - cx, py = y - cy, pz = z - cz;
        switch (shape) {
            case BOX -> {
                double lx = cos * px + sin * py, ly = -sin * px + cos * py;
                double rx = Math.abs(lx) / hx, ry = Math.abs(ly) / hy, rz = Math.abs(pz) / hz;
                if (rz >= rx && rz >= ry) {
                    set(out, 0, 0, Math.signum(pz));
                } else if (rx >= ry) {
                    double s = Math.signum(lx);
                    set(out, s * cos, s * sin, 0);
                } else {
                    double s = Math.signum(ly);
                    set(out, -s * sin, s * cos, 0);
                }
            }
            case CYLINDER -> {
                double rho = Math.sqrt(px * px + py * py);
                if (Math.abs(pz) / hz >= rho / hx || rho == 0) {
                    set(out, 0, 0, Math.signum(pz));
                } else {
                    set(out, px / rho, py / rho, 0);
                }
            }
            case SPHERE -> {
                double n = Math.sqrt(px * px + py * py + pz * pz);
                set(out, px / n, py / n, pz / n);
            }
        }
    }

    private static void set(double[] out, double x, double y, double z) {
        out[0] = x;
        out[1] = y;
        out[2] = z;
    }
}
