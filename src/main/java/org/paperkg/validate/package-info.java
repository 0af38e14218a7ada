/** SHACL validation of paper graphs against ontology/shapes.ttl (jena-shacl), one paper graph at a time. */
package org.paperkg.validate;
