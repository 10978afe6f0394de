package org.spatiallift.engine.ask.series;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.spatiallift.engine.io.AtomicOutput;

/**
 * A series plot as a PNG, drawn with Java2D off screen from the same {@link PlotLayout} as {@link SeriesSvg} (same
 * colours, same places). Nothing of java.awt leaves this class.
 */
public final class SeriesPng {

    private SeriesPng() {
    }

    /** Writes the plot of {@code series} at {@link PlotLayout#DEFAULT_WIDTH} × {@link PlotLayout#DEFAULT_HEIGHT}. */
    public static void write(Series series, Path file) throws IOException {
        write(PlotLayout.of(series, PlotLayout.DEFAULT_WIDTH, PlotLayout.DEFAULT_HEIGHT), file);
    }

    /** Writes the plot laid out by {@code layout} as a PNG (atomically). */
    public static void write(PlotLayout layout, Path file) throws IOException {
        BufferedImage img = render(layout);
        AtomicOutput.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }

    static BufferedImage render(PlotLayout l) {
        BufferedImage img = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, l.width(), l.height());
            draw(g, l);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void draw(Graphics2D g, PlotLayout l) {
        Color axis = Color.decode(SeriesSvg.AXIS), line = Color.decode(SeriesSvg.LINE);
        Font title = new Font(Font.SANS_SERIF, Font.PLAIN, (int) PlotLayout.TITLE_PX);
        Font label = title.deriveFont((float) PlotLayout.LABEL_PX);
        Font tick = title.deriveFont((float) PlotLayout.TICK_PX);
        g.setColor(axis);
        for (int k = 0; k < l.titleLines().size(); k++) {
            text(g, title, l.titleLines().get(k), l.width() / 2.0, l.titleBaseline(k), 0.5);
        }
        g.setStroke(new BasicStroke(1f));
        for (PlotTick t : l.yTicks()) {
            g.setColor(Color.decode(SeriesSvg.GRID));
            g.draw(new Line2D.Double(l.left(), t.px(), l.right(), t.px()));
            g.setColor(axis);
            g.draw(new Line2D.Double(l.left() - 5, t.px(), l.left(), t.px()));
            text(g, tick, t.label(), l.left() - 8, t.px() + PlotLayout.TICK_PX / 3, 1);
        }
        for (PlotTick t : l.xTicks()) {
            g.draw(new Line2D.Double(t.px(), l.bottom(), t.px(), l.bottom() + 5));
            text(g, tick, t.label(), t.px(), l.bottom() + 8 + PlotLayout.TICK_PX, 0.5);
        }
        g.draw(new Line2D.Double(l.left(), l.top(), l.left(), l.bottom()));
        g.draw(new Line2D.Double(l.left(), l.bottom(), l.right(), l.bottom()));
        text(g, label, l.xLabel(), (l.left() + l.right()) / 2, l.height() - 14, 0.5);
        double yMid = (l.top() + l.bottom()) / 2;
        AffineTransform saved = g.getTransform();
        g.translate(18, yMid);
        g.rotate(-Math.PI / 2);
        text(g, label, l.yLabel(), 0, 0, 0.5);
        g.setTransform(saved);
        g.setColor(Color.decode(SeriesSvg.BAND));
        for (PlotSegment s : l.segments()) {
            if (s.hasBand() && s.line().size() > 1) {
                Path2D.Double band = new Path2D.Double();
                band.moveTo(s.upper().get(0).x(), s.upper().get(0).y());
                s.upper().forEach(p -> band.lineTo(p.x(), p.y()));
                for (int i = s.lower().size() - 1; i >= 0; i--) {
                    band.lineTo(s.lower().get(i).x(), s.lower().get(i).y());
                }
                band.closePath();
                g.fill(band);
            } else if (s.hasBand()) {
                g.setStroke(new BasicStroke(6f));
                g.draw(new Line2D.Double(s.lower().get(0).x(), s.lower().get(0).y(), s.upper().get(0).x(),
                        s.upper().get(0).y()));
            }
        }
        g.setColor(line);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (PlotSegment s : l.segments()) {
            if (s.line().size() > 1) {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(s.line().get(0).x(), s.line().get(0).y());
                s.line().subList(1, s.line().size()).forEach(p -> path.lineTo(p.x(), p.y()));
                g.draw(path);
            }
            s.line().forEach(p -> g.fill(new Ellipse2D.Double(p.x() - 3, p.y() - 3, 6, 6)));
        }
        g.setColor(Color.decode(SeriesSvg.MISSING));
        g.setStroke(new BasicStroke(1.5f));
        double my = l.bottom() - 8;
        for (double mx : l.missingX()) {
            g.draw(new Line2D.Double(mx - 4, my - 4, mx + 4, my + 4));
            g.draw(new Line2D.Double(mx + 4, my - 4, mx - 4, my + 4));
        }
        if (!l.missingX().isEmpty()) {
            text(g, tick, "× = frame not measured (gap)", l.right(), l.top() - 6, 1);
        }
        g.setColor(axis);
        if (l.note() != null) {
            text(g, label, l.note(), (l.left() + l.right()) / 2, yMid, 0.5);
        }
    }

    /** Draws {@code s} with its baseline at y, anchored at x: 0 left, 0.5 centre, 1 right. */
    private static void text(Graphics2D g, Font font, String s, double x, double y, double anchor) {
        g.setFont(font);
        double w = g.getFontMetrics().getStringBounds(s, g).getWidth();
        g.drawString(s, (float) (x - anchor * w), (float) y);
    }
}
