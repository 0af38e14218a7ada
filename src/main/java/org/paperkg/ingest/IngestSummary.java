package org.paperkg.ingest;

/**
 * What reading one input gave, for the command line's report and its exit status.
 *
 * @param source   the display name of the input
 * @param format   the format it was read as, or null when it could not be opened
 * @param papers   records delivered to the sink
 * @param problems problems delivered to the sink, file-level ones included
 */
public record IngestSummary(String source, InputFormat format, long papers, long problems) {
}
