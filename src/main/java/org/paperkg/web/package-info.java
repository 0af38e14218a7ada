/** The web app served beside the SPARQL endpoint: its pages, their JavaScript and CSS, and a JSON API over the canned queries. */
package org.paperkg.web;
