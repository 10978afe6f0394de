package org.spatiallift.engine.ask.answer;

import org.spatiallift.engine.qa.QaCatalog;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;
import org.spatiallift.engine.qa.template.CompiledTemplate;
import org.spatiallift.engine.qa.template.Section;
import org.spatiallift.engine.qa.template.Slot;
import org.spatiallift.engine.qa.text.Phrases;
import org.spatiallift.engine.qa.text.QuantityFormat;

/**
 * Answer and step text in the generated QA's own words: the first question template and the first answer template
 * of a category (its [yes]/[no] section for yes/no answers), filled with the objects' descriptions, the stated
 * quantity in the units asked, the direction word, the distance asked about, and the order. The same slots as
 * generation fills; the first template, so that the same question always reads the same. Thread-safe.
 */
final class TemplateText {

    private final QaCatalog catalog;
    private final String[] descriptions;

    TemplateText(QaCatalog catalog, String[] descriptions) {
        this.catalog = catalog;
        this.descriptions = descriptions;
    }

    /** The question of {@code d} (category {@code c}, its objects set) in its first template's words. */
    String question(Category c, Draw d, Units units) {
        String[] values = slots(c, d, units, "and");
        return render(catalog.templates(catalog.indexOf(c.name())).section(Section.QUESTIONS)[0], values);
    }

    /** The answer of evaluated {@code d} in the first answer template's words. */
    String answer(Category c, Draw d, Units units) {
        String[] values = slots(c, d, units, "and");
        Section s = c.yesNoAnswers() ? (d.yes ? Section.YES : Section.NO) : Section.ANSWERS;
        return render(catalog.templates(catalog.indexOf(c.name())).section(s)[0], values);
    }

    /** The stated value: "1.2 meters", "2.5", "3 o'clock", "4". */
    static String value(String unit, double v, Units units) {
        StringBuilder sb = new StringBuilder();
        switch (unit) {
            case Category.METRES -> QuantityFormat.appendLength(sb, v, units);
            case Category.RATIO -> QuantityFormat.appendRatio(sb, v);
            case Category.CLOCK -> QuantityFormat.appendClock(sb, (int) Math.round(v));
            default -> sb.append(Math.round(v));
        }
        return sb.toString();
    }

    /** "the chair, the lamp and the mug" for objects [from, to) of {@code indices}. */
    String list(int[] indices, int from, int to, String conjunction) {
        String[] items = new String[Math.max(0, to - from)];
        for (int k = from; k < to; k++) {
            items[k - from] = descriptions[indices[k]];
        }
        return Phrases.list(items, 0, items.length, conjunction);
    }

    String description(int index) {
        return descriptions[index];
    }

    private String[] slots(Category c, Draw d, Units units, String conjunction) {
        String[] values = new String[Slot.values().length];
        int[] o = d.objects;
        values[Slot.A.ordinal()] = descriptions[o[0]];
        values[Slot.X.ordinal()] = descriptions[o[0]];
        if (d.count > 1) {
            values[Slot.B.ordinal()] = descriptions[o[1]];
        }
        values[Slot.OBJECTS.ordinal()] = list(o, c.arity().hasTarget() ? 1 : 0, d.count, conjunction);
        if (d.chosen >= 0) {
            values[Slot.CHOICE.ordinal()] = descriptions[d.chosen];
        }
        if (d.other >= 0) {
            values[Slot.OTHER.ordinal()] = descriptions[d.other];
        }
        if (c.kind() == org.spatiallift.engine.qa.QaKind.QUANTITATIVE && c.rules().sections().values().stream()
                .anyMatch(r -> r.allowed().contains(Slot.SIDE))) {
            values[Slot.SIDE.ordinal()] = c.sideWord(d.side);
        }
        values[Slot.THRESHOLD.ordinal()] = d.thresholdText;
        if (d.orderCount > 0) {
            values[Slot.ORDER.ordinal()] = list(d.order, 0, d.orderCount, "and");
        }
        if (c.unit() != null && !Double.isNaN(d.value)) {
            values[Slot.VALUE.ordinal()] = value(c.unit(), d.value, units);
        }
        for (int k = 0; k < values.length; k++) {
            if (values[k] == null) {
                values[k] = "";
            }
        }
        return values;
    }

    private static String render(CompiledTemplate t, String[] values) {
        StringBuilder sb = new StringBuilder(96);
        t.fill(sb, values);
        Phrases.capitalise(sb);
        return sb.toString();
    }
}
