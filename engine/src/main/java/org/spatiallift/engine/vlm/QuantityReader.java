package org.spatiallift.engine.vlm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers with units out of a model's free-text answer: digits and number words ("two meters", "twenty-five
 * centimetres", "a meter and a half", "half a foot"), metric and imperial units ("1.5m", "50 cm", "1 m 20 cm",
 * "3 ft 6 in", "5'6\""), ranges ("1.5-2 m", "between 1 and 2 meters", "1 to 2 feet"), ratios ("2 times", "twice"),
 * clock directions ("3 o'clock") and bare numbers; lengths are converted to metres. A decimal comma ("1,5 m") is read as a point unless
 * three digits follow it (a thousands separator). One class so that the question reader can share it (to be merged
 * with the reader of {@code ask}).
 */
public final class QuantityReader {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final String NOT_ONE = "zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety|hundred|thousand";
    private static final String WORD = "(?:one|" + NOT_ONE + ")";
    /** A run of number words; "one" does not start one after "the", "this", … ("the one on the left"). */
    private static final Pattern WORD_RUN = Pattern.compile("(?<![a-z'])(?:(?<!(?:the|this|that|which|each|every|no) )"
            + "one|" + NOT_ONE + ")(?:(?:[\\s-]+(?:and[\\s-]+)?)" + WORD + "(?![a-z]))*(?![a-z])");
    private static final Pattern AND_A_HALF = Pattern.compile("(\\d+(?:\\.\\d+)?) and a half\\b");
    private static final String UNIT_WORD = "(?:millimet(?:er|re)s?|centimet(?:er|re)s?|kilomet(?:er|re)s?|met(?:er|re)s?"
            + "|inch(?:es)?|feet|foot|yards?)";
    private static final String NUM = "(\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final String UNIT = "(millimet(?:er|re)s?|mm|centimet(?:er|re)s?|cms?|kilomet(?:er|re)s?|km"
            + "|met(?:er|re)s?|mtrs?|m|inch(?:es)?|in(?:\\.|(?=\\s*(?:$|[,;:)!?]|(?:tall|wide|long|high|deep|away|apart"
            + "|from|of|thick|across|in)\\b)))|\"|''|feet|foot|ft\\.?|'|yards?|yds?)(?![a-z])";
    private static final Pattern FEET_INCHES = Pattern.compile(NUM + "\\s*(?:feet|foot|ft\\.?|')\\s*(?:and\\s+|,\\s*)?"
            + NUM + "\\s*(?:inch(?:es)?|in\\b\\.?|\"|'')");
    private static final Pattern METRES_CENTIMETRES = Pattern.compile(NUM + "\\s*(?:met(?:er|re)s?|m)\\s*(?:and\\s+|,\\s*)?"
            + NUM + "\\s*(?:centimet(?:er|re)s?|cm)(?![a-z])");
    private static final Pattern BETWEEN = Pattern.compile("between\\s+" + NUM + "\\s*(?:" + UNIT + ")?\\s*and\\s+" + NUM
            + "\\s*" + UNIT);
    private static final Pattern RANGE = Pattern.compile(NUM + "\\s*(?:" + UNIT + ")?\\s*(?:-|to|or)\\s*" + NUM + "\\s*"
            + UNIT);
    private static final Pattern LENGTH = Pattern.compile(NUM + "\\s*" + UNIT);
    private static final Pattern RATIO_RANGE = Pattern.compile(NUM + "\\s*(?:-|to|or)\\s*" + NUM
            + "\\s*(?:times|x)(?![a-z])");
    private static final Pattern RATIO = Pattern.compile(NUM + "\\s*(?:times|x)(?![a-z])");
    private static final Pattern CLOCK = Pattern.compile(NUM + "\\s*o'?\\s*clock");
    private static final Pattern BARE_RANGE = Pattern.compile("(?<![\\w.])" + NUM + "\\s*(?:-|to)\\s*" + NUM
            + "(?![\\w.])");
    private static final Pattern BARE = Pattern.compile("(?<![\\w.])" + NUM + "(?![\\w])");

    private QuantityReader() {
    }

    /** Every quantity in {@code text}, in the order they appear. */
    public static List<Quantity> read(String text) {
        String s = normalise(text);
        boolean[] used = new boolean[s.length()];
        List<Found> found = new ArrayList<>();
        Matcher m = FEET_INCHES.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                double v = LengthUnit.FOOT.toMetres(num(m.group(1))) + LengthUnit.INCH.toMetres(num(m.group(2)));
                found.add(take(used, m, new Quantity(v, Double.NaN, Double.NaN, Quantity.METRES, m.group())));
            }
        }
        m = METRES_CENTIMETRES.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                double v = num(m.group(1)) + LengthUnit.CENTIMETRE.toMetres(num(m.group(2)));
                found.add(take(used, m, new Quantity(v, Double.NaN, Double.NaN, Quantity.METRES, m.group())));
            }
        }
        for (Pattern p : List.of(BETWEEN, RANGE)) {
            m = p.matcher(s);
            while (m.find()) {
                if (free(used, m)) {
                    LengthUnit hiUnit = unit(m.group(4));
                    LengthUnit loUnit = m.group(2) == null ? hiUnit : unit(m.group(2));
                    double lo = loUnit.toMetres(num(m.group(1))), hi = hiUnit.toMetres(num(m.group(3)));
                    found.add(take(used, m, range(lo, hi, Quantity.METRES, m.group())));
                }
            }
        }
        m = LENGTH.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                double v = unit(m.group(2)).toMetres(num(m.group(1)));
                found.add(take(used, m, new Quantity(v, Double.NaN, Double.NaN, Quantity.METRES, m.group())));
            }
        }
        m = RATIO_RANGE.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                found.add(take(used, m, range(num(m.group(1)), num(m.group(2)), Quantity.RATIO, m.group())));
            }
        }
        for (Pattern p : List.of(RATIO, CLOCK)) {
            m = p.matcher(s);
            while (m.find()) {
                if (free(used, m)) {
                    found.add(take(used, m, new Quantity(num(m.group(1)), Double.NaN, Double.NaN,
                            p == RATIO ? Quantity.RATIO : Quantity.CLOCK, m.group())));
                }
            }
        }
        m = BARE_RANGE.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                found.add(take(used, m, range(num(m.group(1)), num(m.group(2)), null, m.group())));
            }
        }
        m = BARE.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                found.add(take(used, m, new Quantity(num(m.group(1)), Double.NaN, Double.NaN, null, m.group())));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found.stream().map(Found::quantity).toList();
    }

    /** {@code text} lower-cased, with number words as digits and typographic marks made plain. */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2032', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u2033', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-').replace('\u00d7', 'x')
                .replace("*", "").replace('\u00a0', ' ').replaceAll("\\s+", " ");
        s = s.replaceAll("(\\d),(\\d{3})(?!\\d)", "$1$2").replaceAll("(\\d),(\\d{1,2})(?!\\d)", "$1.$2");
        s = words(s);
        Matcher half = AND_A_HALF.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (half.find()) {
            half.appendReplacement(sb, Double.toString(Double.parseDouble(half.group(1)) + 0.5));
        }
        s = half.appendTail(sb).toString();
        s = s.replaceAll("\\btwice\\b", "2 times").replaceAll("\\bthrice\\b", "3 times")
                .replaceAll("\\ba couple of\\b", "2")
                .replaceAll("\\ban? (" + UNIT_WORD + ") and a half\\b", "1.5 $1")
                .replaceAll("\\bhalf (?:an? )?(" + UNIT_WORD + ")\\b", "0.5 $1")
                .replaceAll("\\ban? (" + UNIT_WORD + ")\\b", "1 $1");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Replaces each run of number words ("twenty-five", "one hundred and ten") by its value in digits. */
    private static String words(String s) {
        Matcher m = WORD_RUN.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Long.toString(wordValue(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static long wordValue(String run) {
        long total = 0, current = 0;
        for (String w : run.split("[\\s-]+")) {
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (w.equals("thousand")) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                current += SMALL.get(w);
            }
        }
        return total + current;
    }

    private static LengthUnit unit(String u) {
        String w = u.replace(".", "");
        if (w.startsWith("milli") || w.equals("mm")) {
            return LengthUnit.MILLIMETRE;
        }
        if (w.startsWith("centi") || w.startsWith("cm")) {
            return LengthUnit.CENTIMETRE;
        }
        if (w.startsWith("kilo") || w.equals("km")) {
            return LengthUnit.KILOMETRE;
        }
        if (w.startsWith("inch") || w.equals("in") || w.equals("\"") || w.equals("''")) {
            return LengthUnit.INCH;
        }
        if (w.equals("feet") || w.equals("foot") || w.equals("ft") || w.equals("'")) {
            return LengthUnit.FOOT;
        }
        if (w.startsWith("yard") || w.startsWith("yd")) {
            return LengthUnit.YARD;
        }
        return LengthUnit.METRE;
    }

    private static Quantity range(double a, double b, String unit, String written) {
        double lo = Math.min(a, b), hi = Math.max(a, b);
        return new Quantity((lo + hi) / 2, lo, hi, unit, written);
    }

    private static double num(String digits) {
        return Double.parseDouble(digits);
    }

    private record Found(int start, Quantity quantity) {
    }

    private static boolean free(boolean[] used, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static Found take(boolean[] used, Matcher m, Quantity q) {
        for (int i = m.start(); i < m.end(); i++) {
            used[i] = true;
        }
        return new Found(m.start(), new Quantity(q.value(), q.lo(), q.hi(), q.unit(), q.written().strip()));
    }
}
