/** The read-only SPARQL endpoint: an embedded Apache Jena Fuseki server over the TDB2 store, and a load test for it. */
package org.paperkg.serve;
