/** Constants for the terms of the paperkg ontology and the vocabularies it reuses, as Jena's vocabulary classes do. */
package org.paperkg.vocab;
