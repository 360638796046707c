/**
 * The edXML reader: one streaming pass over a hardened JDK StAX parser builds a small tree of the envelope while
 * attachments are decoded to temporary files, then binders map the tree to the {@linkplain vn.edoc.edxml.model model}
 * and collect every problem with a stable code and its element path.
 *
 * <p>Tolerant where real packets vary (spelling {@code Bussiness}/{@code Business}, {@code edXMLManifest}/{@code
 * Manifest}, element order, prefixes, white space, absent optional parts); strict where it matters (namespace,
 * required fields, ND30 field lengths, code lists, identifier forms).
 */
package vn.edoc.edxml.read;
