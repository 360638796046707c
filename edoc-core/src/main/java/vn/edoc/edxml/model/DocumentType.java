package vn.edoc.edxml.model;

/** The kind of document: a numeric type, an optional detail and the readable name (Công văn, Quyết định, ...). */
public record DocumentType(Integer type, String typeDetail, String typeName) {}
