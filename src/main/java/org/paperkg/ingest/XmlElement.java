package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a record read from XML, with its subtree: a record (an OAI-PMH {@code record}, a
 * {@code PubmedArticle}) is small, so it is kept whole while the file around it streams by.
 *
 * @param name       the local name (namespaces are told apart by the reader that asks)
 * @param namespace  the namespace URI, or "" when none
 * @param attributes attributes by local name
 * @param allText    the element's text with its descendants' in document order (markup such as {@code <i>}
 *                   inside a title kept as text)
 * @param children   child elements in document order
 * @param line       line of the start tag, for messages
 */
record XmlElement(String name, String namespace, Map<String, String> attributes, String allText,
                  List<XmlElement> children, long line) {

    /** The first child with this local name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** All children with this local name. */
    List<XmlElement> all(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The element at this path of local names, or null. */
    XmlElement at(String... path) {
        XmlElement e = this;
        for (String step : path) {
            e = e.child(step);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

    /** The text of the element at this path on one line, or null when it is missing or blank. */
    String textAt(String... path) {
        XmlElement e = at(path);
        return e == null ? null : Texts.oneLine(e.allText);
    }
}
