package vn.edoc.edxml.read;

import java.nio.file.Path;

/** Bytes decoded to a temporary file, with their count and SHA-256. */
record DecodedPayload(Path file, long size, String sha256) {}
