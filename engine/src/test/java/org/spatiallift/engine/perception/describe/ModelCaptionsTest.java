package org.spatiallift.engine.perception.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.SceneObject;

/** A model's caption goes in front of the measured one; without one the caption is the label and measurements. */
class ModelCaptionsTest {

    @Test
    void modelCaptionLeadsAndMeasuredAttributesStay() {
        LiftResult r = DescribedScenes.scene().box("box", 0xC02020, -0.5, 2.5, 0.4, 0.4, 0.4)
                .box("crate", 0x2040C0, 0.5, 2.5, 0.4, 0.4, 0.4).liftResult();
        List<SceneObject> plain = r.objects();

        List<SceneObject> captioned = ObjectDescriber.defaults().describe(plain, r.cloudCamera(), r.frame(),
                o -> o.id() == plain.get(0).id() ? "a red box on a grey floor " : null);

        String measured = plain.get(0).description().caption();
        assertThat(measured).startsWith("red box").contains(" m away");
        assertThat(captioned.get(0).description().caption()).isEqualTo("a red box on a grey floor \u2014 " + measured);
        assertThat(captioned.get(1).description().caption()).isEqualTo(plain.get(1).description().caption());
        assertThat(ObjectDescriber.defaults().describe(plain, r.cloudCamera(), r.frame(), ModelCaptions.NONE))
                .extracting(o -> o.description().caption()).containsExactly(measured, plain.get(1).description().caption());
    }
}
