/**
 * Readers that turn input files into {@link org.paperkg.model.Paper} records one at a time, with no NLP, and
 * the identity of each record.
 * <p>
 * {@link org.paperkg.ingest.PaperInputs} opens files (decompressing gzip and bzip2, walking directories) and picks
 * an {@link org.paperkg.ingest.InputFormat} from each file's content: listing text, flat JSON lines, arXiv OAI-PMH
 * and snapshot, OpenAlex, Semantic Scholar, PubMed, BibTeX, one {@link org.paperkg.ingest.PaperReader} each. A bad
 * line or record becomes an {@link org.paperkg.ingest.IngestProblem} naming its file and line while the rest is
 * still read. {@link org.paperkg.ingest.PaperIdentities} checks every record ({@link org.paperkg.ingest.RecordChecks})
 * and decides which paper it is: the strongest identifier names a paper, a record sharing an identifier joins
 * it, a newer arXiv version replaces it. A sink that throws {@link org.paperkg.ingest.IngestAbortedException} stops
 * the read (strict mode).
 */
package org.paperkg.ingest;
