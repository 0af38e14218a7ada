/**
 * Readers that turn input files into {@link org.paperkg.model.Paper} records one at a time, with no NLP.
 * <p>
 * {@link org.paperkg.ingest.PaperInputs} opens a file or the bundled sample and picks an
 * {@link org.paperkg.ingest.InputFormat}; each format's {@link org.paperkg.ingest.PaperReader} reads
 * lines through {@link org.paperkg.ingest.Utf8LineSource}, which decodes each line strictly on its own,
 * so that a bad line or record becomes an {@link org.paperkg.ingest.IngestProblem} naming its file and
 * line while the rest is still read. A sink that throws {@link org.paperkg.ingest.IngestAbortedException}
 * stops the read (strict mode).
 */
package org.paperkg.ingest;
