package org.spatiallift.app.render;

/**
 * Draws points as k × k pixel squares with a depth test: k is the point's size in metres projected at its depth
 * (size·f / z pixels, rounded), clamped to 1–{@value #MAX_SPLAT_PX} px; the square covers the pixels nearest its
 * projected centre.
 */
final class PointSplatter {

    static final int MAX_SPLAT_PX = 4;

    private PointSplatter() {
    }

    /** The splat size in pixels of a point {@code sizeM} metres across at depth {@code z} metres under focal {@code f}. */
    static int splatPx(double sizeM, double f, double z) {
        return (int) Math.max(1, Math.min(MAX_SPLAT_PX, Math.round(sizeM * f / z)));
    }

    /**
     * Draws points {@code k·stride} for k in [{@code from}, {@code to}) of {@code s} into {@code b}; depths are scaled by
     * {@code depthScale} (below 1 draws over coincident points), squares grown by {@code grow} px; the point's index goes
     * to the pick buffer when {@code pick}.
     */
    static void splat(Projection p, PointSet s, int from, int to, int stride, FrameBuffers b, float depthScale,
                      int grow, boolean pick) {
        double[] m = p.m();
        float m0 = (float) m[0], m1 = (float) m[1], m2 = (float) m[2], m3 = (float) m[3];
        float m4 = (float) m[4], m5 = (float) m[5], m6 = (float) m[6], m7 = (float) m[7];
        float m8 = (float) m[8], m9 = (float) m[9], m10 = (float) m[10], m11 = (float) m[11];
        float f = (float) p.f(), cx = (float) p.cx(), cy = (float) p.cy(), near = (float) p.near();
        float sizeF = s.sizeM() * f;
        int w = b.width(), h = b.height();
        int[] argb = b.argb();
        float[] depth = b.depth();
        int[] picks = b.pick();
        float[] xyz = s.xyz();
        int[] colours = s.argb();
        int uniform = s.uniformArgb();
        for (int k = from; k < to; k++) {
            int i = k * stride;
            float x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
            float zc = m8 * x + m9 * y + m10 * z + m11;
            if (zc <= near) {
                continue;
            }
            float inv = 1f / zc;
            float u = cx + f * (m0 * x + m1 * y + m2 * z + m3) * inv;
            float v = cy + f * (m4 * x + m5 * y + m6 * z + m7) * inv;
            int size = (int) (sizeF * inv + 0.5f);
            size = (size < 1 ? 1 : Math.min(size, MAX_SPLAT_PX)) + grow;
            float half = size * 0.5f - 0.5f;
            float uf = u - half, vf = v - half;
            if (uf < -size || vf < -size || uf >= w || vf >= h) {
                continue;
            }
            int x0 = (int) Math.floor(uf), y0 = (int) Math.floor(vf);
            int x1 = Math.min(w, x0 + size), y1 = Math.min(h, y0 + size);
            x0 = Math.max(0, x0);
            y0 = Math.max(0, y0);
            float d = zc * depthScale;
            int colour = colours == null ? uniform : colours[i];
            for (int yy = y0; yy < y1; yy++) {
                int o = yy * w;
                for (int xx = x0; xx < x1; xx++) {
                    if (d < depth[o + xx]) {
                        depth[o + xx] = d;
                        argb[o + xx] = colour;
                        if (pick) {
                            picks[o + xx] = i;
                        }
                    }
                }
            }
        }
    }

    /** Takes into {@code out} every pixel of {@code rows [y0, y1)} where one of {@code others} is nearer. */
    static void merge(FrameBuffers out, FrameBuffers[] others, int y0, int y1) {
        int w = out.width();
        float[] depth = out.depth();
        int[] argb = out.argb();
        int[] pick = out.pick();
        for (FrameBuffers o : others) {
            float[] od = o.depth();
            int[] oc = o.argb();
            int[] op = o.pick();
            for (int k = y0 * w, end = y1 * w; k < end; k++) {
                if (od[k] < depth[k]) {
                    depth[k] = od[k];
                    argb[k] = oc[k];
                    pick[k] = op[k];
                }
            }
        }
    }
}
