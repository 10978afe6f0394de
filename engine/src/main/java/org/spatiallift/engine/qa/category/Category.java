package org.spatiallift.engine.qa.category;

import java.util.Objects;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.template.TemplateRules;

/**
 * A question category: its geometry (in {@link #evaluate}), the rules its template file must meet, and what users
 * read about it. Each category is implemented once; stateless and thread-safe.
 */
public abstract class Category {

    /** Units of {@link Draw#value}: metres, a ratio, a clock hour, a count. */
    public static final String METRES = "m";
    public static final String RATIO = "ratio";
    public static final String CLOCK = "o'clock";
    public static final String COUNT = "count";

    private final String name;
    private final QaKind kind;
    private final Arity arity;
    private final SwapRule swap;
    private final boolean needsGravity;
    private final String unit;
    private final String definition;
    private final String marginRule;
    private final TemplateRules rules;

    protected Category(String name, QaKind kind, Arity arity, SwapRule swap, boolean needsGravity, String unit,
                       String definition, String marginRule, TemplateRules rules) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.arity = Objects.requireNonNull(arity);
        this.swap = Objects.requireNonNull(swap);
        this.needsGravity = needsGravity;
        this.unit = unit;
        this.definition = Objects.requireNonNull(definition);
        this.marginRule = Objects.requireNonNull(marginRule);
        this.rules = Objects.requireNonNull(rules);
    }

    /**
     * Computes the answer for {@code d.objects} into {@code d}; false when there is no clear answer (a near-tie, a
     * quantity too small to state, an undecided step). Must not draw more than a few random numbers.
     */
    public abstract boolean evaluate(Draw d);

    /** The direction word for {@link Draw#side} (categories with a {side} placeholder). */
    public String sideWord(int side) {
        throw new UnsupportedOperationException(name + " has no direction words");
    }

    /**
     * True when the answer needs each object's full extent (its size, height or bounds), false when it follows from
     * where the objects are ({@link VisiblePart}); categories need the full extent unless listed there.
     */
    public boolean needsFullExtent() {
        return !VisiblePart.ANSWERS.contains(name);
    }

    /**
     * True when {@code o} may be one of this category's objects: an object the picture shows whole, or any object when
     * the category asks only where it is. The one rule every QA source follows (a truncated or occluded object's box
     * measures only its visible part).
     */
    public boolean canAsk(QaObject o) {
        return o.complete() || !needsFullExtent();
    }

    /** True when answers come from the [yes]/[no] sections, false for [answers]. */
    public boolean yesNoAnswers() {
        return kind == QaKind.YES_NO;
    }

    public String name() {
        return name;
    }

    public QaKind kind() {
        return kind;
    }

    public Arity arity() {
        return arity;
    }

    public SwapRule swap() {
        return swap;
    }

    public boolean needsGravity() {
        return needsGravity;
    }

    /** The unit of the value ("m", "ratio", "o'clock", "count"), or null for qualitative categories. */
    public String unit() {
        return unit;
    }

    /** True for categories on the quantitative side of the qualitative/quantitative mix. */
    public boolean quantitative() {
        return kind == QaKind.QUANTITATIVE;
    }

    public String definition() {
        return definition;
    }

    public String marginRule() {
        return marginRule;
    }

    public TemplateRules rules() {
        return rules;
    }

    @Override
    public String toString() {
        return name;
    }
}
