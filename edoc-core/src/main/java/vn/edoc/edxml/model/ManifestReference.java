package vn.edoc.edxml.model;

/** One entry of the manifest: it announces an attachment by its ContentId ({@code cid:...}). */
public record ManifestReference(String contentId, String contentType, String description, String attachmentName) {}
