package vn.edoc.exchange.boundary;

import java.io.InputStream;

/** A stored packet's bytes, read as a stream when they are needed (after the transaction that found them, too). */
public interface StoredBytes {
    long size();

    /** A new stream over the bytes; the caller closes it. */
    InputStream open();
}
