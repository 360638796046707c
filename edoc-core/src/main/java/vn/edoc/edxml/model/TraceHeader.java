package vn.edoc.edxml.model;

import java.time.LocalDateTime;

/** One hop of the packet: the office that handled it and when (the edXML time stamp has no zone). */
public record TraceHeader(String organId, LocalDateTime timestamp) {}
