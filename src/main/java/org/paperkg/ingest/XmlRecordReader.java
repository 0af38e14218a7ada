package org.paperkg.ingest;

import org.paperkg.model.SourceLocation;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common part of the XML formats: a StAX pass over the file that hands each record element (with its
 * subtree, see {@link XmlElement}) to the format's subclass, so that memory holds one record at a time. XML
 * that is not well-formed ends the file: it is reported with its line, and the records before it are kept.
 * DTDs and external entities are not read (PubMed files declare a DOCTYPE that needs neither).
 */
abstract class XmlRecordReader implements PaperReader {
    private static final XMLInputFactory FACTORY = factory();

    /** Local names of the elements that are records. */
    abstract Set<String> recordElements();

    /** Turns one record element into papers, deletions or problems. */
    abstract void record(XmlElement record, SourceLocation where, PaperSink sink) throws BadRecord;

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    @Override
    public void read(InputStream in, String name, PaperSink sink) throws IOException {
        long line = 1;
        try {
            XMLStreamReader x = FACTORY.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    int event = x.next();
                    line = x.getLocation().getLineNumber();
                    if (event == XMLStreamConstants.START_ELEMENT && recordElements().contains(x.getLocalName())) {
                        SourceLocation where = new SourceLocation(name, line);
                        XmlElement record = element(x);
                        try {
                            record(record, where, sink);
                        } catch (BadRecord e) {
                            sink.problem(new IngestProblem(where, e.getMessage()));
                        }
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            long at = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation().getLineNumber() : line;
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            sink.problem(new IngestProblem(new SourceLocation(name, at), "malformed XML, the rest of the file is not"
                    + " read (the records before it are kept): " + firstLine(e.getMessage())));
        }
    }

    /** Reads the element the reader is on, with its subtree; leaves the reader on its end tag. */
    private static XmlElement element(XMLStreamReader x) throws XMLStreamException {
        long line = x.getLocation().getLineNumber();
        String name = x.getLocalName();
        String ns = x.getNamespaceURI() == null ? "" : x.getNamespaceURI();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < x.getAttributeCount(); i++) {
            attributes.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        while (true) {
            int event = x.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement child = element(x);
                    children.add(child);
                    text.append(child.allText());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(x.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlElement(name, ns, attributes, text.toString(), children, line);
                }
                default -> {
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable XML";
        }
        String m = message.replace("\r", "");
        int msg = m.indexOf("Message: ");
        if (msg >= 0) {
            m = m.substring(msg + "Message: ".length());
        }
        int nl = m.indexOf('\n');
        return (nl >= 0 ? m.substring(0, nl) : m).strip();
    }
}
