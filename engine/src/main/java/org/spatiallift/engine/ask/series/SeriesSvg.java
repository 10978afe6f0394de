package org.spatiallift.engine.ask.series;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.io.AtomicOutput;

/**
 * A series plot as SVG 1.1 text ({@link PlotLayout}): one {@code <polyline class="series">} per run of measured frames
 * (two or more), a dot per measured frame, a band per run with intervals, and a grey × under the axis per missing
 * frame.
 */
public final class SeriesSvg {

    /** The line colour, also {@link SeriesPng}'s. */
    static final String LINE = "#1f77b4";
    static final String BAND = "#c6dbef";
    static final String AXIS = "#333333";
    static final String GRID = "#e5e5e5";
    static final String MISSING = "#999999";

    private SeriesSvg() {
    }

    /** The SVG of {@code series} at {@link PlotLayout#DEFAULT_WIDTH} × {@link PlotLayout#DEFAULT_HEIGHT}. */
    public static String toSvg(Series series) {
        return toSvg(PlotLayout.of(series, PlotLayout.DEFAULT_WIDTH, PlotLayout.DEFAULT_HEIGHT));
    }

    public static String toSvg(PlotLayout l) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">\n", l.width(), l.height(), l.width(), l.height()));
        sb.append(f("<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", l.width(), l.height()));
        for (int k = 0; k < l.titleLines().size(); k++) {
            text(sb, l.width() / 2.0, l.titleBaseline(k), PlotLayout.TITLE_PX, "middle", "title", l.titleLines().get(k));
        }
        for (PlotTick t : l.yTicks()) {
            sb.append(f("<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                    l.left(), t.px(), l.right(), t.px(), GRID));
            sb.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", l.left() - 5, t.px(),
                    l.left(), t.px(), AXIS));
            text(sb, l.left() - 8, t.px() + PlotLayout.TICK_PX / 3, PlotLayout.TICK_PX, "end", "tick", t.label());
        }
        for (PlotTick t : l.xTicks()) {
            sb.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", t.px(), l.bottom(),
                    t.px(), l.bottom() + 5, AXIS));
            text(sb, t.px(), l.bottom() + 8 + PlotLayout.TICK_PX, PlotLayout.TICK_PX, "middle", "tick", t.label());
        }
        sb.append(f("<polyline class=\"axes\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\"/>\n",
                l.left(), l.top(), l.left(), l.bottom(), l.right(), l.bottom(), AXIS));
        text(sb, (l.left() + l.right()) / 2, l.height() - 14, PlotLayout.LABEL_PX, "middle", "label", l.xLabel());
        double yMid = (l.top() + l.bottom()) / 2;
        sb.append(f("<text class=\"label\" x=\"0\" y=\"0\" font-size=\"%.0f\" text-anchor=\"middle\" "
                + "transform=\"translate(%.1f,%.1f) rotate(-90)\">%s</text>\n", PlotLayout.LABEL_PX, 18.0, yMid,
                escape(l.yLabel())));
        for (PlotSegment s : l.segments()) {
            if (s.hasBand() && s.line().size() > 1) {
                StringBuilder pts = new StringBuilder();
                s.upper().forEach(p -> pts.append(f("%.2f,%.2f ", p.x(), p.y())));
                for (int i = s.lower().size() - 1; i >= 0; i--) {
                    pts.append(f("%.2f,%.2f ", s.lower().get(i).x(), s.lower().get(i).y()));
                }
                sb.append(f("<polygon class=\"interval\" points=\"%s\" fill=\"%s\" stroke=\"none\"/>\n",
                        pts.toString().strip(), BAND));
            } else if (s.hasBand()) {
                PlotPoint lo = s.lower().get(0), hi = s.upper().get(0);
                sb.append(f("<line class=\"interval\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" "
                        + "stroke-width=\"6\"/>\n", lo.x(), lo.y(), hi.x(), hi.y(), BAND));
            }
        }
        for (PlotSegment s : l.segments()) {
            if (s.line().size() > 1) {
                sb.append("<polyline class=\"series\" points=\"").append(points(s.line()))
                        .append(f("\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n", LINE));
            }
            for (PlotPoint p : s.line()) {
                sb.append(f("<circle class=\"value\" cx=\"%.2f\" cy=\"%.2f\" r=\"3\" fill=\"%s\"/>\n", p.x(), p.y(),
                        LINE));
            }
        }
        double my = l.bottom() - 8;
        for (double mx : l.missingX()) {
            sb.append(f("<path class=\"missing\" d=\"M%.1f,%.1f l8,8 m0,-8 l-8,8\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
                    mx - 4, my - 4, MISSING));
        }
        if (!l.missingX().isEmpty()) {
            text(sb, l.right(), l.top() - 6, PlotLayout.TICK_PX, "end", "legend", "× = frame not measured (gap)");
        }
        if (l.note() != null) {
            text(sb, (l.left() + l.right()) / 2, yMid, PlotLayout.LABEL_PX, "middle", "note", l.note());
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** Writes {@link #toSvg(Series)} to {@code file} (atomically). */
    public static void write(Series series, Path file) throws IOException {
        AtomicOutput.writeString(file, toSvg(series));
    }

    private static String points(List<PlotPoint> line) {
        StringBuilder pts = new StringBuilder();
        for (PlotPoint p : line) {
            if (pts.length() > 0) {
                pts.append(' ');
            }
            pts.append(f("%.2f,%.2f", p.x(), p.y()));
        }
        return pts.toString();
    }

    private static void text(StringBuilder sb, double x, double y, double size, String anchor, String cls, String s) {
        sb.append(f("<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" text-anchor=\"%s\">%s</text>\n", cls, x,
                y, size, anchor, escape(s)));
    }

    /** {@code s} as XML character data: markup characters escaped, characters XML 1.0 cannot hold dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
