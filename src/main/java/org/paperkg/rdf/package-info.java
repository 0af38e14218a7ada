/** Maps extracted facts to RDF quads (one named graph per paper) and sends them to a Jena StreamRDF. */
package org.paperkg.rdf;
