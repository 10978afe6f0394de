package org.spatiallift.engine.perception.describe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names colours from a table of shades (name, sRGB centre, reported name; {@value #BUILT_IN} in the resources
 * module): a colour gets the shade nearest in CIELAB by the CIE76 difference ({@link Cielab}).
 *
 * <p>An object's colour ({@link #dominant}) is voted by its best-lit pixels only: those with L* between the 75th
 * and the 98th percentile of the object's L*. Shading darkens faces turned away from the light, and darker shades
 * change names (a shaded yellow reads as olive, a shaded white as grey); the brightest 2 % are left out as specular
 * highlights. Each of those pixels votes for its nearest shade's reported name. The choice favours the lighter of
 * two colours an object shows in equal parts (a black and white chair reads as white).
 */
public final class ColorNames {

    /** Class-path location of the built-in table. */
    public static final String BUILT_IN = "/org/spatiallift/resources/colors/color-names.csv";

    private static ColorNames builtIn;

    private final List<ColorName> shades;
    private final double[] labs;

    public ColorNames(List<ColorName> shades) {
        if (shades.isEmpty()) {
            throw new IllegalArgumentException("a colour-name table needs at least one shade");
        }
        this.shades = List.copyOf(shades);
        this.labs = new double[3 * shades.size()];
        for (int k = 0; k < shades.size(); k++) {
            System.arraycopy(shades.get(k).lab(), 0, labs, 3 * k, 3);
        }
    }

    /** The table shipped in the resources module (read once). */
    public static synchronized ColorNames builtIn() {
        if (builtIn == null) {
            try (InputStream in = ColorNames.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("the colour-name table " + BUILT_IN + " is not on the class path; "
                            + "the resources module (spatiallift-resources) must be on the class path");
                }
                builtIn = new ColorNames(read(in, BUILT_IN));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the colour-name table " + BUILT_IN + ": " + e.getMessage(), e);
            }
        }
        return builtIn;
    }

    /**
     * Reads a table: lines "name,#RRGGBB,reported" after a header line "name,srgb,reported"; blank lines and lines
     * starting with '#' are skipped.
     *
     * @param where names the source in error messages
     */
    public static List<ColorName> read(InputStream in, String where) throws IOException {
        List<ColorName> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        boolean header = false;
        while ((line = reader.readLine()) != null) {
            number++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                continue;
            }
            String[] f = t.split(",");
            if (f.length != 3 || !f[1].strip().matches("#[0-9A-Fa-f]{6}") || f[0].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException(where + " line " + number + ": expected \"name,#RRGGBB,reported\", got \""
                        + t + "\"; fix the line or remove it");
            }
            int rgb = Integer.parseInt(f[1].strip().substring(1), 16);
            out.add(new ColorName(f[0].strip(), f[2].strip(), rgb, Cielab.fromRgb(rgb)));
        }
        return out;
    }

    public List<ColorName> shades() {
        return shades;
    }

    /** The shade nearest to the CIELAB colour {@code lab} (CIE76). */
    public ColorName nearest(double[] lab) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int k = 0; k < shades.size(); k++) {
            double dl = lab[0] - labs[3 * k], da = lab[1] - labs[3 * k + 1], db = lab[2] - labs[3 * k + 2];
            double d = dl * dl + da * da + db * db;
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return shades.get(best);
    }

    /** The reported name of the sRGB colour 0xRRGGBB. */
    public String name(int rgb) {
        return nearest(Cielab.fromRgb(rgb)).reported();
    }

    /**
     * The dominant colour of {@code count} pixels (packed sRGB), voted by the well-lit ones (see the class comment).
     *
     * @param minShare the winning name needs at least this share of the votes to be reported
     */
    public DominantColor dominant(int[] rgb, int count, double minShare) {
        if (count == 0) {
            return DominantColor.none();
        }
        double[] l = new double[count];
        double[][] lab = new double[count][];
        for (int i = 0; i < count; i++) {
            lab[i] = Cielab.fromRgb(rgb[i]);
            l[i] = lab[i][0];
        }
        double[] sorted = l.clone();
        Arrays.sort(sorted);
        double lo = sorted[(int) Math.floor(0.75 * (count - 1))];
        double hi = sorted[Math.min(count - 1, (int) Math.floor(0.98 * (count - 1)))];
        Map<String, Integer> votes = new HashMap<>();
        int voters = 0;
        for (int i = 0; i < count; i++) {
            if (l[i] >= lo && l[i] <= hi) {
                votes.merge(nearest(lab[i]).reported(), 1, Integer::sum);
                voters++;
            }
        }
        Map<String, Double> shares = new HashMap<>();
        String best = null;
        double bestShare = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            double s = (double) e.getValue() / voters;
            shares.put(e.getKey(), s);
            if (s > bestShare || s == bestShare && best != null && e.getKey().compareTo(best) < 0) {
                bestShare = s;
                best = e.getKey();
            }
        }
        return new DominantColor(bestShare >= minShare ? best : null, bestShare, shares);
    }
}
