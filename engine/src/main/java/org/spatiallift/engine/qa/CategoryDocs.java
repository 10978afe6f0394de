package org.spatiallift.engine.qa;

import java.util.List;

import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.SwapRule;

/**
 * docs/qa-categories.md, written from the categories themselves so that the table cannot drift from the code
 * (a test compares the file with {@link #markdown}).
 */
public final class CategoryDocs {

    private CategoryDocs() {
    }

    public static String markdown(QaCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                # QA categories

                <!-- Generated from org.spatiallift.engine.qa.category.Categories by CategoryDocs; a test keeps this file
                     in sync. Regenerate: ./mvnw -pl resources,engine test -Dtest=CategoryDocsTest -Dspatiallift.writeDocs=true -->

                Every category is defined on the objects' boxes in the **canonical frame** (docs/decisions/0003): z up
                (against gravity), origin on the floor under the camera, x to the camera's right along the floor, y forward;
                metres. Notation: for an object A, `lo_A` and `hi_A` are the corners of its axis-aligned box, `c_A = (lo_A +
                hi_A) / 2` its box centre (not the mean of its visible points, which leans towards the faces the camera
                sees), `e_A = hi_A - lo_A` its extents (`e.x` width across the view, `e.y` depth along it, `e.z` height),
                `s_A` the cube root of its oriented box's volume; the camera is at `(0, 0, h)`.

                **Margins** (defaults in `Margins.defaults()`; a near-tie is skipped, never guessed): *floor* 0.05 m;
                *position* = max(floor, 0.25 · the two objects' mean extent along the compared axis); *size* = max(floor,
                0.10 · the larger value); *contact* 0.05 m; *clock* 5°.

                **Swap**: what exchanging A and B does to the answer, checked by property tests over random scenes
                (`CategoryPropertiesTest`): *flips* (yes ↔ no, the same object chosen, the opposite direction word),
                *same*, *yes ⇒ no* (a yes for (A, B) is a no for (B, A)), *1/r*, *+6 h*.

                **Gravity**: categories marked *yes* are generated only for scenes whose frame comes from a fitted floor
                or table (`CanonicalFrame.canonical()`); the others read only the camera-derived axes (left/right,
                forward) or distances, which stay meaningful when an upright camera had to be assumed.

                Fixed by construction against the open re-implementations: height is the z extent (never x); no unit
                factors (every length is in metres and scales exactly with the scene: `CategoryPropertiesTest`); yes/no and
                choice answers are kept whether or not they contain digits; swapping the objects gives the complementary
                answer; the floor is the largest roughly horizontal plane below the camera.

                """);
        for (QaKind kind : QaKind.values()) {
            List<CategoryInfo> infos = catalog.infos().stream().filter(i -> i.kind() == kind).toList();
            sb.append("## ").append(title(kind)).append(" (").append(infos.size()).append(")\n\n");
            sb.append("| name | objects | definition (canonical frame) | skipped when | gravity | swap | templates (q / a) |\n");
            sb.append("|---|---|---|---|---|---|---|\n");
            for (CategoryInfo i : infos) {
                Category c = catalog.categories().get(catalog.indexOf(i.name()));
                sb.append("| `").append(i.name()).append("` | ").append(i.objects()).append(" | ")
                        .append(escape(i.definition())).append(" | ").append(escape(i.marginRule().replaceFirst("^skipped when ", ""))).append(" | ")
                        .append(i.needsGravity() ? "yes" : "no").append(" | ").append(swap(c.swap())).append(" | ")
                        .append(i.questionTemplates()).append(" / ").append(i.answerTemplates()).append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("Units of values: lengths in metres (`m`), `height_ratio` a ratio, `clock_direction` an hour (`o'clock`), "
                + "`count_left_of` a count. Answer text rounds as a person would (\"about 1.2 meters\", \"roughly 4 feet\"); "
                + "the measured value and its unit are kept beside the text.\n");
        return sb.toString();
    }

    private static String title(QaKind kind) {
        return switch (kind) {
            case YES_NO -> "Yes/no predicates";
            case CHOICE -> "Choice between two objects";
            case QUANTITATIVE -> "Quantitative";
            case MULTI_OBJECT -> "Multi-object (with chain of thought)";
        };
    }

    private static String swap(SwapRule rule) {
        return switch (rule) {
            case ANTISYMMETRIC -> "flips";
            case SYMMETRIC -> "same";
            case ONE_WAY -> "yes ⇒ no";
            case RECIPROCAL -> "1/r";
            case OPPOSITE_HOUR -> "+6 h";
            case NONE -> "—";
        };
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
