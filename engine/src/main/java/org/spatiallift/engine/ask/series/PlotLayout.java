package org.spatiallift.engine.ask.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything of a series plot goes, in pixels, shared by {@link SeriesSvg} and {@link SeriesPng} so both draw
 * the same picture: the title (the question, wrapped), the plot area, the x axis (frame index) and the y axis (the
 * quantity in its unit) with ticks at 1, 2 or 5 × 10^k, one line per run of measured frames (a missing frame is a gap,
 * marked × under the axis) with its interval band, and a note when no frame was measured. The y range covers every
 * value and bound, padded by 5 %; the x range runs half a frame past the first and last.
 */
public final class PlotLayout {

    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 450;
    /** Font sizes, px. */
    public static final double TITLE_PX = 16;
    public static final double LABEL_PX = 13;
    public static final double TICK_PX = 12;
    /** A conservative average glyph width of a sans-serif font, as a share of its size, for wrapping the title. */
    private static final double GLYPH_SHARE = 0.56;

    private final int width;
    private final int height;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private final List<String> titleLines;
    private final String xLabel;
    private final String yLabel;
    private final List<PlotTick> xTicks = new ArrayList<>();
    private final List<PlotTick> yTicks = new ArrayList<>();
    private final List<PlotSegment> segments = new ArrayList<>();
    private final List<Double> missingX = new ArrayList<>();
    private final String note;
    private final double xMin;
    private final double xMax;
    private double yMin;
    private double yMax;

    private PlotLayout(Series series, int width, int height) {
        if (width < 240 || height < 160) {
            throw new IllegalArgumentException("a series plot needs at least 240 x 160 pixels, got " + width + " x "
                    + height);
        }
        this.width = width;
        this.height = height;
        titleLines = wrap(series.question(), (int) ((width - 32) / (TITLE_PX * GLYPH_SHARE)));
        top = 14 + titleLines.size() * (TITLE_PX + 4) + 14;
        left = 76;
        right = width - 24;
        bottom = height - 58;
        if (bottom - top < 40) {
            throw new IllegalArgumentException("the question is too long to plot in " + width + " x " + height
                    + " pixels; give a larger size");
        }
        xLabel = "frame (index in the sequence)";
        yLabel = series.quantity().replace('_', ' ') + " (" + series.unit() + ")";
        int n = series.points().size();
        xMin = -0.5;
        xMax = n - 0.5;
        double step = Math.max(1, niceStep(n / 8.0));
        for (double i = 0; i <= n - 1 + 1e-9; i += step) {
            xTicks.add(new PlotTick(x(i), Long.toString(Math.round(i))));
        }
        note = yRange(series) ? null : "no frame could be measured (the CSV and JSON say why for each)";
        buildSegments(series);
    }

    /** The layout of {@code series} on a {@code width} × {@code height} pixel image. */
    public static PlotLayout of(Series series, int width, int height) {
        return new PlotLayout(series, width, height);
    }

    /** Sets the y range and ticks; false when there is no value to plot. */
    private boolean yRange(Series series) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (SeriesPoint p : series.points()) {
            if (p.present()) {
                lo = Math.min(lo, p.hasInterval() ? p.lowerBound() : p.value());
                hi = Math.max(hi, p.hasInterval() ? p.upperBound() : p.value());
            }
        }
        if (lo > hi) {
            yMin = 0;
            yMax = 1;
            return false;
        }
        double pad = hi - lo < 1e-9 ? Math.max(Math.abs(hi) * 0.05, 0.01) : 0.05 * (hi - lo);
        lo -= pad;
        hi += pad;
        double step = niceStep((hi - lo) / 5);
        yMin = Math.floor(lo / step) * step;
        yMax = Math.ceil(hi / step) * step;
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        for (int k = 0; yMin + k * step <= yMax + step * 1e-6; k++) {
            double v = yMin + k * step;
            yTicks.add(new PlotTick(y(v), String.format(Locale.ROOT, "%." + decimals + "f", v)));
        }
        return true;
    }

    private void buildSegments(Series series) {
        List<SeriesPoint> run = new ArrayList<>();
        for (SeriesPoint p : series.points()) {
            if (p.present()) {
                run.add(p);
            } else {
                flush(run);
                missingX.add(x(p.index()));
            }
        }
        flush(run);
    }

    private void flush(List<SeriesPoint> run) {
        if (run.isEmpty()) {
            return;
        }
        List<PlotPoint> line = new ArrayList<>(), lower = new ArrayList<>(), upper = new ArrayList<>();
        boolean band = run.stream().allMatch(SeriesPoint::hasInterval);
        for (SeriesPoint p : run) {
            line.add(new PlotPoint(x(p.index()), y(p.value())));
            if (band) {
                lower.add(new PlotPoint(x(p.index()), y(p.lowerBound())));
                upper.add(new PlotPoint(x(p.index()), y(p.upperBound())));
            }
        }
        segments.add(new PlotSegment(line, lower, upper));
        run.clear();
    }

    /** The x pixel of frame index {@code i}. */
    public double x(double i) {
        return left + (i - xMin) / (xMax - xMin) * (right - left);
    }

    /** The y pixel of value {@code v} (in the series' unit). */
    public double y(double v) {
        return bottom - (v - yMin) / (yMax - yMin) * (bottom - top);
    }

    /** 1, 2 or 5 × 10^k, the one nearest {@code raw} (on a log scale, roughly). */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double e = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / e;
        return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * e;
    }

    /** {@code text} broken at spaces into lines of at most {@code maxChars} (a longer word keeps a line of its own). */
    static List<String> wrap(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The plot area's edges, px. */
    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double right() {
        return right;
    }

    public double bottom() {
        return bottom;
    }

    /** The title (the question), one entry per line. */
    public List<String> titleLines() {
        return titleLines;
    }

    /** The baseline of title line {@code k}, px from the top. */
    public double titleBaseline(int k) {
        return 14 + TITLE_PX + k * (TITLE_PX + 4);
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    public List<PlotTick> xTicks() {
        return List.copyOf(xTicks);
    }

    public List<PlotTick> yTicks() {
        return List.copyOf(yTicks);
    }

    /** The runs of measured frames, in order. */
    public List<PlotSegment> segments() {
        return List.copyOf(segments);
    }

    /** The x pixels of the frames with no value. */
    public List<Double> missingX() {
        return List.copyOf(missingX);
    }

    /** A line to show in the plot area when nothing was measured, else null. */
    public String note() {
        return note;
    }
}
