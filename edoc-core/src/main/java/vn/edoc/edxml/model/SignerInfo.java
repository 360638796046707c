package vn.edoc.edxml.model;

/** Who signed: authority prefix (TM., KT., ...), position and full name. */
public record SignerInfo(String competence, String position, String fullName) {}
