package org.spatiallift.app.render;

/**
 * Draws points as k × k pixel squares with a depth test: k is the point's size in metres projected at its depth
 * (size·f / z pixels, rounded), clamped to 1–{@value #MAX_SPLAT_PX} px, or the point set's fixed size in pixels; the
 * square covers the pixels nearest its projected centre. The cloud goes through (depth, index) keys ({@link #splatKeys}, {@link #resolve}); points drawn
 * over it (a highlight) straight into colour and depth ({@link #splatOver}).
 */
final class PointSplatter {

    static final int MAX_SPLAT_PX = 4;
    /** Key of a pixel no point covers. */
    static final long EMPTY = Long.MAX_VALUE;

    private PointSplatter() {
    }

    /** The splat size in pixels of a point {@code sizeM} metres across at depth {@code z} metres under focal {@code f}. */
    static int splatPx(double sizeM, double f, double z) {
        return (int) Math.max(1, Math.min(MAX_SPLAT_PX, Math.round(sizeM * f / z)));
    }

    /**
     * Draws the points of {@code s} into the colour and depth of {@code b}, leaving its pick buffer alone; depths are
     * scaled by {@code depthScale} (below 1 draws over coincident points), squares grown by {@code grow} px.
     */
    static void splatOver(Projection p, PointSet s, FrameBuffers b, float depthScale, int grow) {
        double[] m = p.m();
        float m0 = (float) m[0], m1 = (float) m[1], m2 = (float) m[2], m3 = (float) m[3];
        float m4 = (float) m[4], m5 = (float) m[5], m6 = (float) m[6], m7 = (float) m[7];
        float m8 = (float) m[8], m9 = (float) m[9], m10 = (float) m[10], m11 = (float) m[11];
        float f = (float) p.f(), cx = (float) p.cx(), cy = (float) p.cy(), near = (float) p.near();
        float sizeF = s.sizeM() * f;
        int fixed = s.fixedPx();
        int maxPx = s.maxPx();
        int w = b.width(), h = b.height();
        int[] argb = b.argb();
        float[] depth = b.depth();
        float[] xyz = s.xyz();
        int[] colours = s.argb();
        int uniform = s.uniformArgb();
        for (int i = 0; i < s.count(); i++) {
            float x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
            float zc = m8 * x + m9 * y + m10 * z + m11;
            if (zc <= near) {
                continue;
            }
            float inv = 1f / zc;
            float u = cx + f * (m0 * x + m1 * y + m2 * z + m3) * inv;
            float v = cy + f * (m4 * x + m5 * y + m6 * z + m7) * inv;
            int size = fixed > 0 ? fixed : (int) (sizeF * inv + 0.5f);
            size = (size < 1 ? 1 : Math.min(size, maxPx)) + grow;
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
                    }
                }
            }
        }
    }

    /**
     * Draws points {@code k·stride} for k in [{@code from}, {@code to}) of {@code s} into {@code keys} (width·height,
     * filled with {@link #EMPTY} first): each covered pixel keeps the smallest key, the point's depth (float bits, which
     * order like the depths as they are positive) above its index, so one comparison does the depth test and ties go to
     * the lower index; {@link #resolve} turns the keys into colour, depth and pick buffers.
     */
    static void splatKeys(Projection p, PointSet s, int from, int to, int stride, long[] keys, int w, int h) {
        double[] m = p.m();
        float m0 = (float) m[0], m1 = (float) m[1], m2 = (float) m[2], m3 = (float) m[3];
        float m4 = (float) m[4], m5 = (float) m[5], m6 = (float) m[6], m7 = (float) m[7];
        float m8 = (float) m[8], m9 = (float) m[9], m10 = (float) m[10], m11 = (float) m[11];
        float f = (float) p.f(), cx = (float) p.cx(), cy = (float) p.cy(), near = (float) p.near();
        float sizeF = s.sizeM() * f;
        int fixed = s.fixedPx();
        int maxPx = s.maxPx();
        float[] xyz = s.xyz();
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
            int size = fixed > 0 ? fixed : (int) (sizeF * inv + 0.5f);
            size = size < 1 ? 1 : Math.min(size, maxPx);
            float half = size * 0.5f - 0.5f;
            float uf = u - half, vf = v - half;
            if (uf < -size || vf < -size || uf >= w || vf >= h) {
                continue;
            }
            int x0 = (int) Math.floor(uf), y0 = (int) Math.floor(vf);
            int x1 = Math.min(w, x0 + size), y1 = Math.min(h, y0 + size);
            x0 = Math.max(0, x0);
            y0 = Math.max(0, y0);
            long key = (long) Float.floatToRawIntBits(zc) << 32 | i;
            for (int yy = y0; yy < y1; yy++) {
                int o = yy * w;
                for (int xx = o + x0, end = o + x1; xx < end; xx++) {
                    if (key < keys[xx]) {
                        keys[xx] = key;
                    }
                }
            }
        }
    }

    /**
     * Rows [y0, y1) of {@code out} from the nearest key of each pixel over the first {@code parts} of {@code keys}: the
     * point's colour, depth and index, or the background.
     */
    static void resolve(long[][] keys, int parts, PointSet s, int background, FrameBuffers out, int y0, int y1) {
        int w = out.width();
        float[] depth = out.depth();
        int[] argb = out.argb();
        int[] pick = out.pick();
        int[] colours = s.argb();
        int uniform = s.uniformArgb();
        long[] first = keys[0];
        for (int k = y0 * w, end = y1 * w; k < end; k++) {
            long v = first[k];
            for (int q = 1; q < parts; q++) {
                v = Math.min(v, keys[q][k]);
            }
            if (v == EMPTY) {
                argb[k] = background;
                depth[k] = Float.MAX_VALUE;
                pick[k] = -1;
            } else {
                int i = (int) v;
                argb[k] = colours == null ? uniform : colours[i];
                depth[k] = Float.intBitsToFloat((int) (v >>> 32));
                pick[k] = i;
            }
        }
    }
}
