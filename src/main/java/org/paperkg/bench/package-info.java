/** The {@code paperkg bench} measurements: extraction vs bare CoreNLP, store writes vs TDB2's loader, end to end, memory. */
package org.paperkg.bench;
