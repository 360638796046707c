/**
 * The two kinds of edXML packet as domain values, independent of any XML binding: a {@link
 * vn.edoc.edxml.model.DocumentPacket} (header, trace list with the business block, manifest, attachments) and a {@link
 * vn.edoc.edxml.model.StatusPacket}. Optional parts are {@code null}, repeated parts are never-null lists. Field names
 * follow the standard, with {@code Business} spelled correctly in Java and {@code Bussiness} on the wire.
 */
package vn.edoc.edxml.model;
