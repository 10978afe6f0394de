package org.spatiallift.engine.ask.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into numbers, words (lower-cased) and symbols (typographic quotes, dashes and the times sign made plain).
 */
final class QuantityLexer {

    private QuantityLexer() {
    }

    static List<QuantityToken> lex(String s) {
        List<QuantityToken> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                i = number(s, i, out);
            } else if (c == '½' || c == '¼' || c == '¾') {
                out.add(new QuantityToken(QuantityToken.Type.NUM, String.valueOf(c), c == '½' ? 0.5 : c == '¼' ? 0.25 : 0.75,
                        true, i, i + 1));
                i++;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < n && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                out.add(new QuantityToken(QuantityToken.Type.WORD, s.substring(i, j).toLowerCase(Locale.ROOT), 0, false, i, j));
                i = j;
            } else {
                String sym = switch (c) {
                    case '’', '′', '‘' -> "'";
                    case '”', '″', '“' -> "\"";
                    case '–', '—', '‒', '\u2212' -> "-";
                    case '×' -> "x";
                    default -> String.valueOf(c);
                };
                out.add(new QuantityToken(QuantityToken.Type.SYM, sym, 0, false, i, i + 1));
                i++;
            }
        }
        return out;
    }

    /** Digits with an optional decimal part (point, or a comma followed by one or two digits), or a/b. */
    private static int number(String s, int i, List<QuantityToken> out) {
        int n = s.length();
        int j = digits(s, i);
        if (j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == ',') && isDigit(s, j + 1)) {
            int k = digits(s, j + 1);
            boolean decimal = s.charAt(j) == '.' || k - (j + 1) <= 2;
            if (decimal) {
                out.add(num(s.substring(i, k).replace(',', '.'), false, i, k));
                return k;
            }
            // a thousands separator: 1,000
            StringBuilder sb = new StringBuilder(s.substring(i, j));
            int end = j;
            while (end + 4 <= n && s.charAt(end) == ',' && digits(s, end + 1) == end + 4) {
                sb.append(s, end + 1, end + 4);
                end += 4;
            }
            out.add(num(sb.toString(), false, i, end));
            return end;
        }
        if (j + 1 < n && s.charAt(j) == '/' && isDigit(s, j + 1)) {
            int k = digits(s, j + 1);
            double den = Double.parseDouble(s.substring(j + 1, k));
            if (den > 0) {
                double v = Double.parseDouble(s.substring(i, j)) / den;
                out.add(new QuantityToken(QuantityToken.Type.NUM, s.substring(i, k), v, true, i, k));
            }
            return k;
        }
        out.add(num(s.substring(i, j), false, i, j));
        return j;
    }

    private static QuantityToken num(String digits, boolean fraction, int start, int end) {
        return new QuantityToken(QuantityToken.Type.NUM, digits, Double.parseDouble(digits), fraction, start, end);
    }

    private static int digits(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s, j)) {
            j++;
        }
        return j;
    }

    private static boolean isDigit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }
}
