package vn.edoc.edxml.model;

/** A packet of either kind. */
public sealed interface EdxmlPacket permits DocumentPacket, StatusPacket {
    /** The office that sends the packet ({@code From}). */
    Organization from();
}
