/** Readers that turn input files into {@link org.paperkg.model.Paper} records one at a time, with no NLP. */
package org.paperkg.ingest;
