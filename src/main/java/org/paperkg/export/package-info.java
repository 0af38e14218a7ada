/** Writes the store out in other formats: one Exporter per format, all found through one registry. */
package org.paperkg.export;
