package vn.edoc.edxml.model;

import java.time.LocalDate;

/** The earlier document a packet answers or acts on. */
public record ResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {}
