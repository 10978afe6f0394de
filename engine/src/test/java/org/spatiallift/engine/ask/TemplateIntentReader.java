package org.spatiallift.engine.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spatiallift.engine.qa.QaCatalog;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.template.CompiledTemplate;
import org.spatiallift.engine.qa.template.Section;

/**
 * A test-only question reader: a question that is exactly one of a category's question templates (any case, filled
 * with any text) gives that category and the filled-in phrases as mentions (A, B; X then the listed objects); "what
 * is in this scene" gives SUMMARY, "which objects are within D of X" gives WITHIN. Nothing else is understood
 * (UNSUPPORTED). The real reader (rules and embeddings) is another package's; this one lets tests and the CLI's tests
 * ask in text meanwhile.
 */
public final class TemplateIntentReader implements IntentReader {

    private record Compiled(String category, Pattern pattern, List<String> slots) {
    }

    private static final Pattern WITHIN = Pattern.compile(
            "(?i)(?:which|what) (?:objects|things)(?: are)? (?:within|less than) (.+?) (?:of|from) (.+?)\\??");
    private static final Pattern SUMMARY = Pattern.compile("(?i)(?:what is|what's|what do you see) in (?:this|the) "
            + "(?:scene|picture|room|image)\\??");
    private static final Pattern DISTANCE = Pattern.compile("(?i)(half a|[0-9.]+) (meters?|metres?|feet|foot|ft|m)");
    private final List<Compiled> templates = new ArrayList<>();

    public TemplateIntentReader() {
        QaCatalog catalog = QaCatalog.standard();
        for (int i = 0; i < catalog.categories().size(); i++) {
            Category c = catalog.categories().get(i);
            for (CompiledTemplate t : catalog.templates(i).section(Section.QUESTIONS)) {
                StringBuilder regex = new StringBuilder("(?i)");
                List<String> slots = new ArrayList<>();
                Matcher m = Pattern.compile("\\{([a-z]+|[A-Z])}").matcher(t.text());
                int at = 0;
                while (m.find()) {
                    regex.append(Pattern.quote(t.text().substring(at, m.start()))).append("(.+?)");
                    slots.add(m.group(1));
                    at = m.end();
                }
                regex.append(Pattern.quote(t.text().substring(at)));
                templates.add(new Compiled(c.name(), Pattern.compile(regex.toString()), slots));
            }
        }
    }

    @Override
    public Intent read(String question) {
        String q = question.strip();
        if (SUMMARY.matcher(q).matches()) {
            return new Intent(q, IntentKind.SUMMARY, null, List.of(), Double.NaN, null, 1);
        }
        Matcher w = WITHIN.matcher(q);
        if (w.matches()) {
            return new Intent(q, IntentKind.WITHIN, null, List.of(w.group(2)), distance(w.group(1)), units(q), 1);
        }
        for (Compiled t : templates) {
            Matcher m = t.pattern().matcher(q);
            if (!m.matches()) {
                continue;
            }
            String a = null, b = null, x = null, objects = null, threshold = null;
            for (int k = 0; k < t.slots().size(); k++) {
                String v = m.group(k + 1);
                switch (t.slots().get(k)) {
                    case "A" -> a = v;
                    case "B" -> b = v;
                    case "X" -> x = v;
                    case "objects" -> objects = v;
                    case "threshold" -> threshold = v;
                    default -> { }
                }
            }
            List<String> mentions = new ArrayList<>();
            if (x != null) {
                mentions.add(x);
            }
            if (a != null) {
                mentions.add(a);
            }
            if (b != null) {
                mentions.add(b);
            }
            if (objects != null) {
                mentions.addAll(List.of(objects.split(", | and | or ")));
            }
            return new Intent(q, IntentKind.CATEGORY, t.category(), mentions,
                    threshold == null ? Double.NaN : distance(threshold), units(q), 1);
        }
        return Intent.unsupported(q);
    }

    private static Units units(String q) {
        return q.toLowerCase(Locale.ROOT).contains(" feet") ? Units.IMPERIAL : null;
    }

    /** "1.5 meters" → 1.5, "2 feet" → 0.6096, "half a meter" → 0.5; NaN when not a distance. */
    static double distance(String text) {
        Matcher m = DISTANCE.matcher(text.strip());
        if (!m.find()) {
            return Double.NaN;
        }
        double n = m.group(1).equalsIgnoreCase("half a") ? 0.5 : Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        return unit.startsWith("f") ? n * 0.3048 : n;
    }
}
