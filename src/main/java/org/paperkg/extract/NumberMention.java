package org.paperkg.extract;

import java.math.BigDecimal;

/** A number stated in a sentence, with the unit written beside it, at tokens [from, to). */
record NumberMention(BigDecimal value, String unit, int from, int to, boolean signed) {
}
