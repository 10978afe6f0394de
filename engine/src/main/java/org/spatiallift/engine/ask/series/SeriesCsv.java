package org.spatiallift.engine.ask.series;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.io.AtomicOutput;

/**
 * A series as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break quoted, quotes doubled), one
 * row per frame: {@code frame_index, frame, value_<unit>, lower_<unit>, upper_<unit>, object1_id … objectK_id,
 * reason}. The unit is in the column names ({@code value_m}); a missing value, bound or object id is an empty field.
 * Numbers are written in full precision (Java's shortest round-trip form), so reading gives back the same values.
 */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    /** The CSV text of {@code series}, with a header row. */
    public static String toCsv(Series series) {
        String u = unitSuffix(series.unit());
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("frame_index", "frame", "value_" + u, "lower_" + u, "upper_" + u));
        for (int k = 1; k <= series.objects().size(); k++) {
            header.add("object" + k + "_id");
        }
        header.add("reason");
        row(sb, header);
        for (SeriesPoint p : series.points()) {
            List<String> f = new ArrayList<>();
            f.add(Integer.toString(p.index()));
            f.add(p.frame());
            f.add(number(p.value()));
            f.add(number(p.lowerBound()));
            f.add(number(p.upperBound()));
            p.objectIds().forEach(id -> f.add(id == null ? "" : id.toString()));
            f.add(p.reason() == null ? "" : p.reason());
            row(sb, f);
        }
        return sb.toString();
    }

    /** Writes {@link #toCsv} to {@code file} (atomically: a half-written file never takes its name). */
    public static void write(Series series, Path file) throws IOException {
        AtomicOutput.writeString(file, toCsv(series));
    }

    /**
     * The points of CSV text written by {@link #toCsv}; throws {@link IllegalArgumentException} naming the row when it
     * is not in that form.
     */
    public static List<SeriesPoint> parse(String csv) {
        List<List<String>> rows = rows(csv);
        if (rows.isEmpty() || !rows.get(0).get(0).equals("frame_index")) {
            throw new IllegalArgumentException("not a series CSV: the first row must be the header starting frame_index");
        }
        int columns = rows.get(0).size();
        int objects = columns - 6;
        List<SeriesPoint> points = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> f = rows.get(r);
            if (f.size() != columns) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + f.size() + " fields, the header "
                        + columns);
            }
            List<Integer> ids = new ArrayList<>(objects);
            for (int k = 0; k < objects; k++) {
                String id = f.get(5 + k);
                ids.add(id.isEmpty() ? null : Integer.valueOf(id));
            }
            String reason = f.get(columns - 1);
            points.add(new SeriesPoint(Integer.parseInt(f.get(0)), f.get(1), parseNumber(f.get(2)),
                    parseNumber(f.get(3)), parseNumber(f.get(4)), ids, reason.isEmpty() ? null : reason));
        }
        return points;
    }

    /** The unit as a column-name suffix: its letters and digits ("m", "ratio", "oclock", "count"). */
    static String unitSuffix(String unit) {
        return unit.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static double parseNumber(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static void row(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append("\r\n");
    }

    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("the CSV ends inside a quoted field");
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
