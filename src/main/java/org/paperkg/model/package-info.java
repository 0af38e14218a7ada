/** Immutable records that flow between the stages: papers in, extracted facts out; no library types. */
package org.paperkg.model;
