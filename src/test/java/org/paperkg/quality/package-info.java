/** End-to-end quality: the sample corpus built, exported from the store and scored against the dev gold. */
package org.paperkg.quality;
