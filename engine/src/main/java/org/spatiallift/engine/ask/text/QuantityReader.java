package org.spatiallift.engine.ask.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the quantities in a piece of text, as people and models write them: "1.5m", "50 cm", "3 ft 6 in", 5'6",
 * "3 feet and 6 inches", "1 m 20 cm", "two meters", "one and a half meters", "half a meter", "a foot",
 * "about 2 meters", ranges "1.5-2 m", "1 to 2 feet", "between 1 and 2 meters", fractions "1 1/2 ft", "¾ m", decimal
 * commas "1,5 m" (a comma before three digits separates thousands: "1,200 mm"), ratios "2.5 times", "twice", "3x",
 * clock hours "3 o'clock". Lengths come back in metres ({@link LengthUnit}); ratios, hours and bare numbers
 * ("three") as written. "in" counts as inches where it cannot start a phrase ("6 in", "3 ft 6 in of") or before a
 * word that follows a length ("2 in from the wall", "2 in wide"): "2 in front" is the number 2. "one" after "the",
 * "this", … is not a number ("the one on the left") unless a unit follows. One rule for questions ("within 2 feet")
 * and for a model's answers ({@code vlm.VlmAnswer}). Stateless and thread-safe.
 */
public final class QuantityReader {

    private static final LengthUnit M = LengthUnit.METRE;
    private static final LengthUnit CM = LengthUnit.CENTIMETRE;
    private static final LengthUnit MM = LengthUnit.MILLIMETRE;
    private static final LengthUnit KM = LengthUnit.KILOMETRE;
    private static final LengthUnit FT = LengthUnit.FOOT;
    private static final LengthUnit IN = LengthUnit.INCH;
    private static final LengthUnit YD = LengthUnit.YARD;
    private static final Map<String, LengthUnit> UNITS = Map.ofEntries(
            Map.entry("m", M), Map.entry("meter", M), Map.entry("meters", M), Map.entry("metre", M),
            Map.entry("metres", M), Map.entry("mtr", M), Map.entry("mtrs", M),
            Map.entry("cm", CM), Map.entry("centimeter", CM), Map.entry("centimeters", CM),
            Map.entry("centimetre", CM), Map.entry("centimetres", CM), Map.entry("cms", CM),
            Map.entry("mm", MM), Map.entry("millimeter", MM), Map.entry("millimeters", MM),
            Map.entry("millimetre", MM), Map.entry("millimetres", MM),
            Map.entry("km", KM), Map.entry("kilometer", KM), Map.entry("kilometers", KM),
            Map.entry("kilometre", KM), Map.entry("kilometres", KM),
            Map.entry("ft", FT), Map.entry("foot", FT), Map.entry("feet", FT), Map.entry("feets", FT),
            Map.entry("in", IN), Map.entry("inch", IN), Map.entry("inches", IN), Map.entry("ins", IN),
            Map.entry("yd", YD), Map.entry("yds", YD), Map.entry("yard", YD), Map.entry("yards", YD));
    /** Words after which "in" is still inches ("2 in from the wall"), not the start of a phrase ("2 in front"). */
    private static final Set<String> AFTER_A_LENGTH = Set.of("tall", "wide", "long", "high", "deep", "away", "apart",
            "from", "of", "thick", "across", "in");
    /** Words after which "one" is a pronoun ("the one on the left"), not a number. */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "which", "each", "every", "no");
    /** Words that are a ratio by themselves. */
    private static final Map<String, Double> RATIO_WORDS = Map.of("twice", 2.0, "thrice", 3.0);
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

    /** A unit of length read from tokens up to {@code next} (exclusive). */
    private record Unit(LengthUnit unit, int next) {

        double metres() {
            return unit.metres();
        }
    }

    /** What follows a number without a length unit: a ratio ("times", "x") or an hour ("o'clock"), up to next. */
    private record Suffix(QuantityKind kind, int next) {
    }

    /** Reads one quantity at a token position. */
    private static final class Parser {

        private final List<QuantityToken> t;

        Parser(List<QuantityToken> tokens) {
            this.t = tokens;
        }

        Parsed quantity(int i) {
            Double ratio = i < t.size() && t.get(i).type() == QuantityToken.Type.WORD
                    ? RATIO_WORDS.get(t.get(i).text()) : null;
            if (ratio != null) {
                QuantityToken w = t.get(i);
                return new Parsed(new Quantity(ratio, ratio, ratio, QuantityKind.RATIO, w.start(), w.end()), i + 1);
            }
            boolean between = word(i, "between") || word(i, "from");
            int first = between ? i + 1 : i;
            Num a = number(first);
            if (a == null) {
                return null;
            }
            int j = a.next;
            Unit u = unit(j, false);
            double value = a.value;
            int start = t.get(a.first).start();
            if (u != null) {
                j = u.next;
                double[] half = andAFraction(j);
                value = (a.value + half[0]) * u.metres();
                j = (int) half[1];
                Parsed compound = compound(u, value, j, between);
                if (compound != null) {
                    value = compound.quantity.value();
                    j = compound.next;
                }
            } else {
                Suffix s = suffix(j);
                if (s != null) {
                    return new Parsed(new Quantity(value, value, value, s.kind, start, t.get(s.next - 1).end()),
                            s.next);
                }
            }
            // a range: "1.5-2 m", "1 to 2 feet", "2 or 3 meters", "between 1 and 2 meters"
            boolean joiner = sym(j, "-") || word(j, "to") || word(j, "or") || (between && word(j, "and"));
            if (joiner) {
                Num c = number(j + 1);
                if (c != null) {
                    Unit u2 = unit(c.next, false);
                    if (u2 != null || u == null) {
                        double perUnit = u2 != null ? u2.metres() : 1;
                        double lo = u != null ? value : a.value * perUnit;
                        int end = u2 != null ? u2.next : c.next;
                        double[] half = u2 != null ? andAFraction(end) : new double[] {0, end};
                        double hi = (c.value + half[0]) * perUnit;
                        end = (int) half[1];
                        QuantityKind kind = QuantityKind.NUMBER;
                        if (u2 != null) {
                            kind = QuantityKind.LENGTH;
                            Parsed compound = compound(u2, hi, end, between);
                            if (compound != null) {
                                hi = compound.quantity.value();
                                end = compound.next;
                            }
                        } else {
                            Suffix s = suffix(end);
                            if (s != null) {
                                kind = s.kind;
                                end = s.next;
                            }
                        }
                        return range(lo, hi, kind, start, t.get(end - 1).end(), end);
                    }
                    // "2 m or 3": the second number takes the first's unit
                    return range(value, c.value * u.metres(), QuantityKind.LENGTH, start, t.get(c.next - 1).end(),
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

        /**
         * Feet followed by inches ("3 ft 6 in", 5'6", "3 feet and 6 inches"), metres by centimetres ("1 m 20 cm"):
         * the whole length in metres, or null when there is no second part. "and" joins the parts except after
         * "between" (where it joins a range).
         */
        private Parsed compound(Unit u, double value, int j, boolean between) {
            LengthUnit part = u.unit == FT ? IN : u.unit == M ? CM : null;
            if (part == null) {
                return null;
            }
            int k = sym(j, ",") || (!between && word(j, "and")) ? j + 1 : j;
            Num b = number(k);
            if (b == null) {
                return null;
            }
            Unit second = unit(b.next, true);
            if (second == null || second.unit != part) {
                return null;
            }
            double v = value + part.toMetres(b.value);
            return new Parsed(new Quantity(v, v, v, QuantityKind.LENGTH, 0, 0), second.next);
        }

        /** "times", "x" (a ratio) or "o'clock", "o clock", "oclock" (an hour) at {@code j}; null when none. */
        private Suffix suffix(int j) {
            if (word(j, "times") || word(j, "x") || sym(j, "x")) {
                return new Suffix(QuantityKind.RATIO, j + 1);
            }
            if (word(j, "oclock")) {
                return new Suffix(QuantityKind.CLOCK, j + 1);
            }
            if (word(j, "o")) {
                int k = sym(j + 1, "'") ? j + 2 : j + 1;
                if (word(k, "clock")) {
                    return new Suffix(QuantityKind.CLOCK, k + 1);
                }
            }
            return null;
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
            if (w.equals("one") && i > 0 && t.get(i - 1).type() == QuantityToken.Type.WORD
                    && DETERMINERS.contains(t.get(i - 1).text()) && unit(i + 1, false) == null) {
                return null; // "the one on the left"
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
         * A unit at {@code j} (an optional hyphen first: "2-meter"); "in" only where it cannot start a phrase, before
         * a word that follows a length ({@link #AFTER_A_LENGTH}), or as the second part of a length
         * ({@code afterFeet}).
         */
        private Unit unit(int j, boolean afterFeet) {
            if (j >= t.size()) {
                return null;
            }
            QuantityToken tok = t.get(j);
            if (tok.type() == QuantityToken.Type.SYM) {
                if (tok.is("'") && sym(j + 1, "'") && t.get(j + 1).start() == tok.end()) {
                    return new Unit(IN, j + 2); // 6'' for 6"
                }
                if (tok.is("'")) {
                    return new Unit(FT, j + 1);
                }
                if (tok.is("\"")) {
                    return new Unit(IN, j + 1);
                }
                if (tok.is("-") && j + 1 < t.size() && t.get(j + 1).type() == QuantityToken.Type.WORD
                        && UNITS.containsKey(t.get(j + 1).text()) && !t.get(j + 1).is("in")) {
                    return unit(j + 1, afterFeet);
                }
                return null;
            }
            LengthUnit m = tok.type() == QuantityToken.Type.WORD ? UNITS.get(tok.text()) : null;
            if (m == null) {
                return null;
            }
            if (tok.is("in") && !afterFeet && j + 1 < t.size() && t.get(j + 1).type() == QuantityToken.Type.WORD
                    && !AFTER_A_LENGTH.contains(t.get(j + 1).text())) {
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
