/** The Jena TDB2 store on disk: one named graph per paper, written in transactions, read through the union graph. */
package org.paperkg.store;
