/** Trains the extractor's learned parts on annotated abstracts and measures them by cross-validation over papers. */
package org.paperkg.learn;
