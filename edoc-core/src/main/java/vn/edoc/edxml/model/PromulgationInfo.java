package vn.edoc.edxml.model;

import java.time.LocalDate;

/** Where and when the document was issued. */
public record PromulgationInfo(String place, LocalDate date) {}
