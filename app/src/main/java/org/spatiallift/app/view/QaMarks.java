package org.spatiallift.app.view;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

import org.spatiallift.app.render.Segment3;
import org.spatiallift.app.viewmodel.OverlaySegment;

/**
 * The marks of what a QA measured: lines for distances, bars with end ticks for heights, arrows for offsets; in 3D
 * (canonical metres, as lines for the 3D view's renderer) and in 2D (image pixels).
 */
final class QaMarks {

    static final Color COLOUR = Color.web("#ff8c1a");
    static final String ID = "qa-measure";
    private static final int ARGB = 0xFFFF8C1A;
    private static final int WIDTH_PX = 3;
    private static final double TICK_M = 0.06;
    private static final double HEAD_SHARE = 0.15;

    private QaMarks() {
    }

    /** The marks in 3D: lines {@value #WIDTH_PX} px wide; none for no segments. */
    static List<Segment3> in3d(List<OverlaySegment> segments) {
        List<Segment3> out = new ArrayList<>();
        for (OverlaySegment s : segments) {
            out.add(new Segment3(s.a(), s.b(), ARGB, WIDTH_PX));
            for (double[][] e : ends(s, TICK_M, Math.min(0.12, HEAD_SHARE * s.lengthM()))) {
                out.add(new Segment3(e[0], e[1], ARGB, WIDTH_PX - 1));
            }
        }
        return out;
    }

    /** The marks in 2D over an image shown at {@code scale} screen pixels per image pixel (strokes stay 2 px wide). */
    static List<Node> in2d(List<OverlaySegment> segments, double scale) {
        List<Node> out = new ArrayList<>();
        for (OverlaySegment s : segments) {
            if (s.aPixel() == null || s.bPixel() == null) {
                continue;
            }
            out.add(line(s.aPixel(), s.bPixel(), scale));
            double[] d = {s.bPixel()[0] - s.aPixel()[0], s.bPixel()[1] - s.aPixel()[1]};
            double len = Math.hypot(d[0], d[1]);
            if (len < 1e-6) {
                continue;
            }
            double ux = d[0] / len, uy = d[1] / len, px = -uy, py = ux;
            double tick = 8 / scale;
            if (s.shape() == OverlaySegment.Shape.BAR) {
                for (double[] p : List.of(s.aPixel(), s.bPixel())) {
                    out.add(line(new double[] {p[0] - px * tick, p[1] - py * tick},
                            new double[] {p[0] + px * tick, p[1] + py * tick}, scale));
                }
            } else if (s.shape() == OverlaySegment.Shape.ARROW) {
                double[] tip = s.bPixel();
                double head = Math.min(len * 0.3, 14 / scale);
                for (int side : new int[] {-1, 1}) {
                    out.add(line(tip, new double[] {tip[0] - ux * head + side * px * head * 0.5,
                        tip[1] - uy * head + side * py * head * 0.5}, scale));
                }
            }
        }
        return out;
    }

    /** Bars: ticks across both ends; arrows: two barbs at the tip (b); lines: none. */
    private static List<double[][]> ends(OverlaySegment s, double tick, double head) {
        List<double[][]> out = new ArrayList<>();
        Point3D a = new Point3D(s.a()[0], s.a()[1], s.a()[2]);
        Point3D b = new Point3D(s.b()[0], s.b()[1], s.b()[2]);
        Point3D d = b.subtract(a);
        if (d.magnitude() < 1e-9) {
            return out;
        }
        Point3D u = d.normalize();
        Point3D side = u.crossProduct(Math.abs(u.getZ()) > 0.9 ? new Point3D(1, 0, 0) : new Point3D(0, 0, 1)).normalize();
        if (s.shape() == OverlaySegment.Shape.BAR) {
            for (Point3D p : List.of(a, b)) {
                out.add(new double[][] {array(p.subtract(side.multiply(tick / 2))), array(p.add(side.multiply(tick / 2)))});
            }
        } else if (s.shape() == OverlaySegment.Shape.ARROW) {
            for (int sign : new int[] {-1, 1}) {
                Point3D barb = b.subtract(u.multiply(head)).add(side.multiply(sign * head * 0.5));
                out.add(new double[][] {array(b), array(barb)});
            }
        }
        return out;
    }

    private static Line line(double[] a, double[] b, double scale) {
        Line l = new Line(a[0], a[1], b[0], b[1]);
        l.setStroke(COLOUR);
        l.setStrokeWidth(2.5 / scale);
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        l.getStyleClass().add(ID);
        return l;
    }

    private static double[] array(Point3D p) {
        return new double[] {p.getX(), p.getY(), p.getZ()};
    }
}
