package org.paperkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A result names its entities as the sentence that states it does. */
class EntityMentionTest {
    private static final EntityMention PARAMETERS = new EntityMention(EntityType.METRIC, "number of parameters",
            "number of parameters", List.of("parameters", "params"), "number of parameters", null, 0.9);

    @Test
    void aSentenceUsingAnAliasNamesTheEntityByIt() {
        assertEquals("parameters", PARAMETERS.nameIn("It matches BERT with 70x fewer parameters."));
    }

    @Test
    void theLongestFormTheSentenceHoldsWins() {
        assertEquals("number of parameters", PARAMETERS.nameIn("It cuts the number of parameters by 3x."));
    }

    @Test
    void aPluralOfAFormIsThatForm() {
        EntityMention searchCost = new EntityMention(EntityType.METRIC, "search cost", "search cost",
                List.of("cost"), "search cost", null, 0.9);
        assertEquals("search cost", searchCost.nameIn("It lowers search costs tenfold."));
    }

    @Test
    void aPluralTheSentenceHoldsIsNamedByTheSingularTheEntityHas() {
        EntityMention accuracy = new EntityMention(EntityType.METRIC, "accuracy", "accuracy",
                List.of("accuracies"), "accuracy", null, 0.9);
        assertEquals("accuracy", accuracy.nameIn("It reaches accuracies of 85.62% and 85.55%."));
    }

    @Test
    void aFormThatOnlyOpensAnotherIsNoNameOfItsOwn() {
        EntityMention top1 = new EntityMention(EntityType.METRIC, "top-1 accuracy", "top-1 accuracy",
                List.of("top-1"), "top-1 accuracy", null, 0.9);
        assertEquals("top-1 accuracy", top1.nameIn("PDP reaches 68.2% top-1 ImageNet accuracy."));
    }

    @Test
    void aFormInsideAnotherWordIsNotStated() {
        assertEquals("number of parameters", PARAMETERS.nameIn("The paramsweep took 3 days."));
    }

    @Test
    void aSentenceHoldingNoFormKeepsTheName() {
        assertEquals("number of parameters", PARAMETERS.nameIn("The model is 3x smaller."));
    }
}
