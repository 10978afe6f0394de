package org.spatiallift.engine.ask.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.ObjectMapper;

class SeriesFilesTest {

    /**
     * Seven frames: measured 0–2 (with intervals), frame 3 lost, 4–5 measured (no interval), 6 measured alone after a
     * gap. Awkward text in the question, a frame name and a reason.
     */
    static Series sample() {
        List<SeriesPoint> points = new ArrayList<>();
        points.add(new SeriesPoint(0, "color/00000.jpg", 1.25, 1.2, 1.31, Arrays.asList(1, 2), null));
        points.add(new SeriesPoint(1, "color/00001.jpg", 1.1234567890123457, 1.05, 1.2, Arrays.asList(2, 1), null));
        points.add(new SeriesPoint(2, "frame, \"two\".jpg", 0.9, 0.82, 0.95, Arrays.asList(1, 3), null));
        points.add(new SeriesPoint(3, "color/00003.jpg", Double.NaN, Double.NaN, Double.NaN, Arrays.asList(1, null),
                "tracked object 2 (bottle): no bottle in this frame, \"gone\"\nsecond line"));
        points.add(new SeriesPoint(4, "color/00004.jpg", 0.7, Double.NaN, Double.NaN, Arrays.asList(1, 2), null));
        points.add(new SeriesPoint(5, "color/00005.jpg", 0.55, Double.NaN, Double.NaN, Arrays.asList(1, 2), null));
        points.add(new SeriesPoint(6, "color/00006.jpg", Double.NaN, Double.NaN, Double.NaN, Arrays.asList(null, null),
                "lost"));
        points.add(new SeriesPoint(7, "color/00007.jpg", 0.4, Double.NaN, Double.NaN, Arrays.asList(1, 2), null));
        return new Series("How far is the gripper <g> from the bottle & cup?", "centre_distance", "m",
                List.of(new TrackedObject(1, "gripper", "the gripper"), new TrackedObject(2, "bottle", "the bottle")),
                points);
    }

    @Test
    void csvRoundTripGivesBackEveryPointWithTheUnitInTheHeader(@TempDir Path dir) throws Exception {
        Series s = sample();
        Path file = dir.resolve("series.csv");
        SeriesCsv.write(s, file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(csv).startsWith("frame_index,frame,value_m,lower_m,upper_m,object1_id,object2_id,reason\r\n");
        assertThat(csv).contains("\r\n3,color/00003.jpg,,,,1,,\"tracked object 2");
        List<SeriesPoint> back = SeriesCsv.parse(csv);
        assertThat(back).as("records compare doubles with Double.compare: NaN equals NaN").isEqualTo(s.points());
        assertThat(back.get(1).value()).isEqualTo(1.1234567890123457);
    }

    @Test
    void csvParseNamesTheBadRow() {
        assertThatThrownBy(() -> SeriesCsv.parse("frame_index,frame,value_m,lower_m,upper_m,reason\r\n0,a,1\r\n"))
                .hasMessageContaining("row 2 has 3 fields");
        assertThatThrownBy(() -> SeriesCsv.parse("index,value\r\n")).hasMessageContaining("header");
    }

    @Test
    void jsonRoundTripGivesBackTheSeries(@TempDir Path dir) throws Exception {
        Series s = sample();
        Path file = dir.resolve("series.json");
        SeriesJson.write(s, file);

        var tree = new ObjectMapper().readTree(file.toFile());
        assertThat(tree.get("points").get(3).get("value").isNull()).isTrue();
        assertThat(tree.get("points").get(3).get("object_ids").get(1).isNull()).isTrue();
        assertThat(tree.get("points").get(0).get("interval").get(1).asDouble()).isEqualTo(1.31);
        assertThat(tree.get("points").get(4).get("interval").isNull()).isTrue();
        Series back = SeriesJson.fromJson(tree);
        assertThat(back).isEqualTo(s);
    }

    @Test
    void svgIsWellFormedWithOneLinePerRunOfMeasuredFrames() throws Exception {
        Series s = sample();
        String svg = SeriesSvg.toSvg(s);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("800");
        assertThat(root.getAttribute("height")).isEqualTo("450");
        List<Integer> counts = new ArrayList<>();
        NodeList lines = doc.getElementsByTagName("polyline");
        for (int i = 0; i < lines.getLength(); i++) {
            Element e = (Element) lines.item(i);
            if (e.getAttribute("class").equals("series")) {
                counts.add(e.getAttribute("points").trim().split("\\s+").length);
            }
        }
        // frames 0-2 and 4-5 are lines; frame 7 stands alone (a dot, no line)
        assertThat(counts).containsExactly(3, 2);
        assertThat(count(doc, "circle")).isEqualTo(6);
        assertThat(classed(doc, "path", "missing")).isEqualTo(2);
        assertThat(classed(doc, "polygon", "interval")).isEqualTo(1);
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("How far is the gripper <g> from the bottle & cup?", "centre distance (m)",
                "frame (index in the sequence)", "not measured");
    }

    @Test
    void layoutPlacesTicksAtRoundValuesCoveringEveryValueAndBound() {
        PlotLayout l = PlotLayout.of(sample(), 800, 450);

        assertThat(l.yTicks()).extracting(PlotTick::label).first().isEqualTo("0.2");
        assertThat(l.yTicks()).extracting(PlotTick::label).last().isEqualTo("1.4");
        assertThat(l.y(1.31)).isBetween(l.top(), l.bottom());
        assertThat(l.y(0.4)).isBetween(l.top(), l.bottom());
        assertThat(l.xTicks()).extracting(PlotTick::label).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(PlotLayout.niceStep(0.23)).isEqualTo(0.2);
        assertThat(PlotLayout.niceStep(0.4)).isEqualTo(0.5);
        assertThat(PlotLayout.niceStep(0.12)).isEqualTo(0.1);
    }

    @Test
    void pngDecodesAtTheLayoutSizeWithLinePixelsWhereTheDataIsAndNoneInTheGaps(@TempDir Path dir) throws Exception {
        Series s = sample();
        Path file = dir.resolve("series.png");
        SeriesPng.write(s, file);

        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(450);
        PlotLayout l = PlotLayout.of(s, 800, 450);
        int line = 0x1f77b4;
        for (SeriesPoint p : s.points()) {
            if (p.present()) {
                assertThat(nearestTo(img, l.x(p.index()), l.y(p.value()), line)).as("dot of frame %d", p.index())
                        .isLessThan(30);
            }
        }
        // half-way between frames 0 and 1 (joined), and between 2 and 3 (a gap: frame 3 is missing)
        double joinedX = (l.x(0) + l.x(1)) / 2, joinedY = (l.y(1.25) + l.y(1.1234567890123457)) / 2;
        assertThat(nearestTo(img, joinedX, joinedY, line)).as("line between frames 0 and 1").isLessThan(40);
        assertThat(columnHas(img, (l.x(2) + l.x(3)) / 2, l.top(), l.bottom(), line)).as("gap after frame 2")
                .isFalse();
        assertThat(columnHas(img, (l.x(5) + l.x(6)) / 2 + 6, l.top(), l.bottom(), line)).as("gap after frame 5")
                .isFalse();
    }

    @Test
    void plotsOfASeriesWithNothingMeasuredSaySo() throws Exception {
        Series none = new Series("Is it there?", "height", "m", List.of(new TrackedObject(1, "cup", "the cup")),
                List.of(new SeriesPoint(0, "a", Double.NaN, Double.NaN, Double.NaN, Arrays.asList((Integer) null),
                        "lost")));
        assertThat(SeriesSvg.toSvg(none)).contains("no frame could be measured").doesNotContain("class=\"series\"");
        BufferedImage img = SeriesPng.render(PlotLayout.of(none, 400, 300));
        assertThat(img.getWidth()).isEqualTo(400);
    }

    /** The smallest colour distance to {@code rgb} among the pixels within 2 px of (x, y). */
    private static int nearestTo(BufferedImage img, double x, double y, int rgb) {
        int best = Integer.MAX_VALUE;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                best = Math.min(best, distance(img.getRGB((int) Math.round(x) + dx, (int) Math.round(y) + dy), rgb));
            }
        }
        return best;
    }

    private static boolean columnHas(BufferedImage img, double x, double top, double bottom, int rgb) {
        for (int y = (int) top; y <= (int) bottom - 20; y++) {
            if (distance(img.getRGB((int) Math.round(x), y), rgb) < 60) {
                return true;
            }
        }
        return false;
    }

    private static int distance(int argb, int rgb) {
        int dr = ((argb >> 16) & 0xFF) - ((rgb >> 16) & 0xFF);
        int dg = ((argb >> 8) & 0xFF) - ((rgb >> 8) & 0xFF);
        int db = (argb & 0xFF) - (rgb & 0xFF);
        return Math.abs(dr) + Math.abs(dg) + Math.abs(db);
    }

    private static int count(Document doc, String tag) {
        return doc.getElementsByTagName(tag).getLength();
    }

    private static int classed(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagName(tag);
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("class").equals(cls)) {
                n++;
            }
        }
        return n;
    }
}
