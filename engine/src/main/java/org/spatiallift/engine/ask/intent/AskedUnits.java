package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.spatiallift.engine.qa.Units;

/**
 * The units a question asks its answer in: "in feet", "in inches", "in imperial" → IMPERIAL; "in meters", "in cm",
 * "in metric" → METRIC; "in meters and feet", "in both", "in metric and imperial" → BOTH; "how many feet/meters"
 * likewise; null when the question does not say. The phrase "in …" is taken out of the words so that it does not end
 * up in a mention ("how tall is the plant in feet"). A distance stated in the question ("within 2 feet") does not set
 * the units: it is a threshold, not a request.
 */
final class AskedUnits {

    private static final Set<String> IMPERIAL = Set.of("feet", "foot", "ft", "inches", "inch", "imperial", "yards",
            "yard", "freedom");
    private static final Set<String> METRIC = Set.of("meters", "metres", "meter", "metre", "m", "cm", "centimeters",
            "centimetres", "centimeter", "centimetre", "mm", "millimeters", "millimetres", "metric", "metrics");
    private static final Set<String> BOTH = Set.of("both");

    /** What {@link #read} found: the units (or null) and the words without the request. */
    record Result(Units units, List<Word> words) {
    }

    private AskedUnits() {
    }

    static Result read(List<Word> words) {
        Units units = null;
        List<Word> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            String w = out.get(i).text();
            if ((w.equals("in") || w.equals("using")) && i + 1 < out.size()) {
                int j = i + 1;
                Units first = kind(out.get(j).text());
                if (first == null) {
                    continue;
                }
                Units found = first;
                j++;
                if (j + 1 < out.size() && (out.get(j).text().equals("and") || out.get(j).text().equals("or"))) {
                    Units second = kind(out.get(j + 1).text());
                    if (second != null && second != first) {
                        found = Units.BOTH;
                        j += 2;
                    } else if (second != null) {
                        j += 2;
                    }
                }
                if (j < out.size() && out.get(j).text().equals("units")) {
                    j++;
                }
                // "in front", "in the …" never get here: only a unit word right after "in" counts
                units = found;
                out.subList(i, j).clear();
                i--;
            } else if (w.equals("how") && i + 2 < out.size() && out.get(i + 1).text().equals("many")
                    && units == null) {
                Units k = kind(out.get(i + 2).text());
                if (k != null && k != Units.BOTH) {
                    units = k;
                }
            }
        }
        return new Result(units, out);
    }

    private static Units kind(String w) {
        if (IMPERIAL.contains(w)) {
            return Units.IMPERIAL;
        }
        if (METRIC.contains(w)) {
            return Units.METRIC;
        }
        return BOTH.contains(w) ? Units.BOTH : null;
    }
}
