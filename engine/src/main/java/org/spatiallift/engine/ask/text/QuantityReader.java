package org.spatiallift.engine.ask.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the quantities in a piece of text, as people and models write them: "1.5m", "50 cm", "3 ft 6 in", 5'6",
 * "two meters", "one and a half meters", "half a meter", "a foot", "about 2 meters", ranges "1.5-2 m", "1 to 2 feet",
 * "between 1 and 2 meters", fractions "1 1/2 ft", "¾ m", decimal commas "1,5 m". Lengths come back in metres
 * (1 ft = 0.3048 m, 1 in = 0.0254 m, 1 yd = 0.9144 m); numbers without a length unit ("2.5 times", "three") as
 * written. "in" counts as inches only where it cannot start a phrase ("6 in", "3 ft 6 in of"): "2 in front" is the
 * number 2. One rule for questions ("within 2 feet") and for a model's answers. Stateless and thread-safe.
 */
public final class QuantityReader {

    /** Metres per foot, inch and yard. */
    static final double FOOT = 0.3048;
    static final double INCH = 0.0254;
    static final double YARD = 0.9144;

    private static final Map<String, Double> UNITS = Map.ofEntries(
            Map.entry("m", 1.0), Map.entry("meter", 1.0), Map.entry("meters", 1.0), Map.entry("metre", 1.0),
            Map.entry("metres", 1.0), Map.entry("mtr", 1.0), Map.entry("mtrs", 1.0),
            Map.entry("cm", 0.01), Map.entry("centimeter", 0.01), Map.entry("centimeters", 0.01),
            Map.entry("centimetre", 0.01), Map.entry("centimetres", 0.01), Map.entry("cms", 0.01),
            Map.entry("mm", 0.001), Map.entry("millimeter", 0.001), Map.entry("millimeters", 0.001),
            Map.entry("millimetre", 0.001), Map.entry("millimetres", 0.001),
            Map.entry("km", 1000.0), Map.entry("kilometer", 1000.0), Map.entry("kilometers", 1000.0),
            Map.entry("kilometre", 1000.0), Map.entry("kilometres", 1000.0),
            Map.entry("ft", FOOT), Map.entry("foot", FOOT), Map.entry("feet", FOOT), Map.entry("feets", FOOT),
            Map.entry("in", INCH), Map.entry("inch", INCH), Map.entry("inches", INCH), Map.entry("ins", INCH),
            Map.entry("yd", YARD), Map.entry("yds", YARD), Map.entry("yard", YARD), Map.entry("yards", YARD));
    private static final Map<String, Integer> ONES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Double> FRACTION_WORDS = Map.of("half", 0.5, "quarter", 0.25);


    private QuantityReader() {
    }

    /** Every quantity in {@code text}, in the order written; empty when there is none. */
    public static List<Quantity> readAll(String text) {
        List<QuantityToken> tokens = QuantityLexer.lex(text == null ? "" : text);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Parsed p = new Parser(tokens).quantity(i);
            if (p == null) {
                i++;
            } else {
                out.add(p.quantity);
                i = p.next;
            }
        }
        return out;
    }

    /** The first quantity in {@code text}, a length or a number. */
    public static Optional<Quantity> read(String text) {
        List<Quantity> all = readAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The first length in {@code text} (value in metres). */
    public static Optional<Quantity> readLength(String text) {
        return readAll(text).stream().filter(Quantity::length).findFirst();
    }

    private record Parsed(Quantity quantity, int next) {
    }

    /** A number read from tokens [first, next). */
    private record Num(double value, int first, int next) {
    }

    /** A unit: metres per unit, read from tokens [first, next). */
    private record Unit(double metres, int next) {
    }

    /** Reads one quantity at a token position. */
    private static final class Parser {

        private final List<QuantityToken> t;

        Parser(List<QuantityToken> tokens) {
            this.t = tokens;
        }

        Parsed quantity(int i) {
            boolean between = word(i, "between") || word(i, "from");
            int first = between ? i + 1 : i;
            Num a = number(first);
            if (a == null) {
                return null;
            }
            int j = a.next;
            Unit u = unit(j, false);
            double value = a.value;
            if (u != null) {
                j = u.next;
                double[] half = andAFraction(j);
                value = (a.value + half[0]) * u.metres;
                j = (int) half[1];
                Parsed compound = compound(u, value, j);
                if (compound != null) {
                    value = compound.quantity.value();
                    j = compound.next;
                }
            }
            int start = t.get(a.first).start();
            // a range: "1.5-2 m", "1 to 2 feet", "2 or 3 meters", "between 1 and 2 meters"
            boolean joiner = sym(j, "-") || word(j, "to") || word(j, "or") || (between && word(j, "and"));
            if (joiner) {
                Num c = number(j + 1);
                if (c != null) {
                    Unit u2 = unit(c.next, false);
                    if (u2 != null || u == null) {
                        double perUnit = u2 != null ? u2.metres : 1;
                        double lo = u != null ? value : a.value * perUnit;
                        int end = u2 != null ? u2.next : c.next;
                        double[] half = u2 != null ? andAFraction(end) : new double[] {0, end};
                        double hi = (c.value + half[0]) * perUnit;
                        end = (int) half[1];
                        if (u2 != null) {
                            Parsed compound = compound(u2, hi, end);
                            if (compound != null) {
                                hi = compound.quantity.value();
                                end = compound.next;
                            }
                        }
                        QuantityKind kind = u2 != null ? QuantityKind.LENGTH : QuantityKind.NUMBER;
                        return range(lo, hi, kind, start, t.get(end - 1).end(), end);
                    }
                    // "2 m or 3": the second number takes the first's unit
                    return range(value, c.value * u.metres, QuantityKind.LENGTH, start, t.get(c.next - 1).end(),
                            c.next);
                }
            }
            QuantityKind kind = u != null ? QuantityKind.LENGTH : QuantityKind.NUMBER;
            return new Parsed(new Quantity(value, value, value, kind, start, t.get(j - 1).end()), j);
        }

        private static Parsed range(double a, double b, QuantityKind kind, int start, int end, int next) {
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            return new Parsed(new Quantity((lo + hi) / 2, lo, hi, kind, start, end), next);
        }

        /** Feet followed by inches: "3 ft 6 in", 5'6"; null when there is no inch part. */
        private Parsed compound(Unit u, double value, int j) {
            if (u.metres != FOOT) {
                return null;
            }
            Num b = number(j);
            if (b == null) {
                return null;
            }
            Unit inches = unit(b.next, true);
            if (inches == null || inches.metres != INCH) {
                return null;
            }
            return new Parsed(new Quantity(value + b.value * INCH, value + b.value * INCH, value + b.value * INCH,
                    QuantityKind.LENGTH, 0, 0), inches.next);
        }

        /** "and a half", "and a quarter", "and half" at {@code j}: {fraction, next}. */
        private double[] andAFraction(int j) {
            if (!word(j, "and")) {
                return new double[] {0, j};
            }
            int k = j + 1;
            if (word(k, "a") || word(k, "an")) {
                k++;
            }
            Double f = k < t.size() ? FRACTION_WORDS.get(t.get(k).text()) : null;
            return f == null ? new double[] {0, j} : new double[] {f, k + 1};
        }

        /** A number in digits or words at {@code i}, with a following "and a half"; null when there is none. */
        private Num number(int i) {
            if (i >= t.size()) {
                return null;
            }
            QuantityToken tok = t.get(i);
            if (tok.type() == QuantityToken.Type.NUM) {
                double v = tok.value();
                int k = i + 1;
                if (!tok.fraction() && k < t.size() && t.get(k).type() == QuantityToken.Type.NUM
                        && t.get(k).fraction()) {
                    v += t.get(k).value();
                    k++;
                }
                double[] half = andAFraction(k);
                return new Num(v + half[0], i, (int) half[1]);
            }
            if (tok.type() != QuantityToken.Type.WORD) {
                return null;
            }
            String w = tok.text();
            if (w.equals("a") || w.equals("an")) {
                if (word(i + 1, "couple")) {
                    return new Num(2, i, word(i + 2, "of") ? i + 3 : i + 2);
                }
                Double f = i + 1 < t.size() ? FRACTION_WORDS.get(t.get(i + 1).text()) : null;
                if (f != null) {
                    return new Num(f, i, skipOfA(i + 2));
                }
                return unit(i + 1, false) != null ? new Num(1, i, i + 1) : null;
            }
            Double f = FRACTION_WORDS.get(w);
            if (f != null) {
                return unit(skipOfA(i + 1), false) != null ? new Num(f, i, skipOfA(i + 1)) : null;
            }
            return wordNumber(i);
        }

        /** Skips "a", "an", "of a" after a fraction word ("half a meter", "a quarter of a meter"). */
        private int skipOfA(int k) {
            if (word(k, "of")) {
                k++;
            }
            return word(k, "a") || word(k, "an") ? k + 1 : k;
        }

        /** "twenty-five", "one hundred and twenty", "one point five", "two and a half". */
        private Num wordNumber(int i) {
            int k = i;
            double total = 0;
            boolean any = false;
            boolean tensOpen = false;
            while (k < t.size() && t.get(k).type() == QuantityToken.Type.WORD) {
                String w = t.get(k).text();
                Integer one = ONES.get(w);
                Integer ten = TENS.get(w);
                if (one != null && (!any || (tensOpen && one < 10) || hundredOpen(total, any))) {
                    total += one;
                    any = true;
                    tensOpen = false;
                    k++;
                } else if (ten != null && (!any || hundredOpen(total, any))) {
                    total += ten;
                    any = true;
                    tensOpen = true;
                    k++;
                    if (sym(k, "-") && k + 1 < t.size() && ONES.containsKey(t.get(k + 1).text())
                            && ONES.get(t.get(k + 1).text()) < 10) {
                        k++;
                    }
                } else if (w.equals("hundred") && any && total < 100) {
                    total *= 100;
                    tensOpen = false;
                    k++;
                    if (word(k, "and") && k + 1 < t.size()
                            && (ONES.containsKey(t.get(k + 1).text()) || TENS.containsKey(t.get(k + 1).text()))) {
                        k++;
                    }
                } else {
                    break;
                }
            }
            if (!any) {
                return null;
            }
            if (word(k, "point") && k + 1 < t.size() && ONES.containsKey(t.get(k + 1).text())) {
                StringBuilder digits = new StringBuilder();
                int d = k + 1;
                while (d < t.size() && ONES.containsKey(t.get(d).text()) && ONES.get(t.get(d).text()) < 10) {
                    digits.append(ONES.get(t.get(d).text()));
                    d++;
                }
                if (!digits.isEmpty()) {
                    total += Double.parseDouble("0." + digits);
                    k = d;
                }
            }
            double[] half = andAFraction(k);
            return new Num(total + half[0], i, (int) half[1]);
        }

        /** True after "N hundred" when tens and ones may still follow. */
        private static boolean hundredOpen(double total, boolean any) {
            return any && total >= 100 && total % 100 == 0;
        }

        /**
         * A unit at {@code j} (an optional hyphen first: "2-meter"); "in" only where it cannot start a phrase, or
         * after feet ({@code afterFeet}).
         */
        private Unit unit(int j, boolean afterFeet) {
            if (j >= t.size()) {
                return null;
            }
            QuantityToken tok = t.get(j);
            if (tok.type() == QuantityToken.Type.SYM) {
                if (tok.is("'")) {
                    return new Unit(FOOT, j + 1);
                }
                if (tok.is("\"")) {
                    return new Unit(INCH, j + 1);
                }
                if (tok.is("-") && j + 1 < t.size() && t.get(j + 1).type() == QuantityToken.Type.WORD
                        && UNITS.containsKey(t.get(j + 1).text()) && !t.get(j + 1).is("in")) {
                    return unit(j + 1, afterFeet);
                }
                return null;
            }
            Double m = tok.type() == QuantityToken.Type.WORD ? UNITS.get(tok.text()) : null;
            if (m == null) {
                return null;
            }
            if (tok.is("in") && !afterFeet && j + 1 < t.size() && t.get(j + 1).type() == QuantityToken.Type.WORD) {
                return null;
            }
            int next = j + 1;
            if (sym(next, ".") && (tok.is("in") || tok.is("ft"))) {
                next++; // "6 in." and "3 ft." are abbreviations, not the end of a sentence that matters here
            }
            return new Unit(m, next);
        }

        private boolean word(int i, String w) {
            return i >= 0 && i < t.size() && t.get(i).type() == QuantityToken.Type.WORD && t.get(i).is(w);
        }

        private boolean sym(int i, String s) {
            return i >= 0 && i < t.size() && t.get(i).type() == QuantityToken.Type.SYM && t.get(i).is(s);
        }
    }
}
