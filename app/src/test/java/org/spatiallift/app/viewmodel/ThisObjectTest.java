package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.QaObject;

/** "This" is the selected object, with the words after it that name it; other meanings of "this" stay. */
class ThisObjectTest {

    private static final List<String> LABELS = List.of("floor lamp", "table", "chair", "potted plant");

    private static QaObject object(String name, String description) {
        Box3 b = new Box3(new Vec3(0, 2, 0), new Vec3(0.4, 2.4, 1.2));
        return new QaObject(1, name, description, b, new OrientedBox(b.center(), b.extents(), 0), true);
    }

    private static final QaObject LAMP = object("floor lamp", "the floor lamp");
    private static final QaObject TABLE = object("table", "the table");

    @Test
    void thisAndTheWordsNamingTheSelectedObjectBecomeItsDescription() {
        assertThat(ThisObject.replace("How tall is this?", LAMP, LABELS)).isEqualTo("How tall is the floor lamp?");
        assertThat(ThisObject.replace("how far is this lamp from the table?", LAMP, LABELS))
                .isEqualTo("how far is the floor lamp from the table?");
        assertThat(ThisObject.replace("how far is this floor lamp from the table?", LAMP, LABELS))
                .isEqualTo("how far is the floor lamp from the table?");
        assertThat(ThisObject.replace("Is this one taller than the chair?", LAMP, LABELS))
                .isEqualTo("Is the floor lamp taller than the chair?");
        assertThat(ThisObject.replace("is this taller than the chair?", TABLE, LABELS))
                .isEqualTo("is the table taller than the chair?");
    }

    @Test
    void otherMeaningsOfThisStay() {
        assertThat(ThisObject.replace("What is in this scene?", LAMP, LABELS)).isEqualTo("What is in this scene?");
        assertThat(ThisObject.replace("How tall is this chair?", TABLE, LABELS)).as("a chair is meant")
                .isEqualTo("How tall is this chair?");
        assertThat(ThisObject.replace("How tall is this?", null, LABELS)).isEqualTo("How tall is this?");
        assertThat(ThisObject.mentions("What is in this room?")).isFalse();
        assertThat(ThisObject.mentions("How wide is this?")).isTrue();
        assertThat(ThisObject.mentions("How wide is the table?")).isFalse();
    }
}
