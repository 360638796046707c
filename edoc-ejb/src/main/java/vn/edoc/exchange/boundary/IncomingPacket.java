package vn.edoc.exchange.boundary;

import java.nio.file.Path;

/**
 * A packet as it arrived, in a file, with its size and SHA-256 computed on the way in: a packet of any size is read,
 * verified and stored from there without being held in memory. The caller deletes the file after the call.
 */
public record IncomingPacket(Path file, long size, String sha256) {}
