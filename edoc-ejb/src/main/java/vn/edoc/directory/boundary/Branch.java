package vn.edoc.directory.boundary;

import java.io.Serializable;
import vn.edoc.directory.OfficeRecord;

/** An active office as a tree shows it: the office, and whether active offices sit under it (a branch to open). */
public record Branch(OfficeRecord office, boolean hasChildren) implements Serializable {}
