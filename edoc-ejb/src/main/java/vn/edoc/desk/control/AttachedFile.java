package vn.edoc.desk.control;

/** An attached file as the pages list it, without its bytes ({@code sha256} null when it could not be decoded). */
public record AttachedFile(int index, String name, String contentType, long size, String sha256) {}
