/** The build run: streams papers from ingest through extraction into the store, in batches, with a report. */
package org.paperkg.build;
