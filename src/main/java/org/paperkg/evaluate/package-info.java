/** Scores paper records (FORMAT.md JSON lines) against a gold file: precision, recall and F1 per type and for results. */
package org.paperkg.evaluate;
