package vn.edoc.edxml.read;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/** The StAX parser every reader of packets uses, the edXML reader and the streamed signature verification alike. */
public final class HardenedStax {
    private HardenedStax() {}

    /**
     * The JDK's own StAX parser, whatever else the server puts on the class path, so the limits are the ones used:
     * DTDs and external entities are never processed, and long texts come in pieces (never coalesced).
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
