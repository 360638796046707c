package vn.edoc.edxml.model;

import java.time.LocalDateTime;

/** A packet that reports an office's status about a document it received or sent. */
public record StatusPacket(
        Organization from,
        ResponseFor responseFor,
        StaffInfo staffInfo,
        StatusCode statusCode,
        String description,
        LocalDateTime timestamp)
        implements EdxmlPacket {}
