/**
 * The canonical edXML writer: the form the national SDK produces (root {@code edXML} with the namespace as default,
 * {@code edXML:}-prefixed envelope, {@code AttachmentEncoded} beside the envelope, {@code Bussiness}, the SDK's
 * element order, UTF-8, two-space indentation). The same model always gives the same bytes.
 */
package vn.edoc.edxml.write;
