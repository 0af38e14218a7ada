/** SPARQL over the graph: the canned queries of queries/, safe parameter binding, and result formats. */
package org.paperkg.query;
