package vn.edoc.directory.control;

/**
 * What an import did.
 *
 * @param revision the directory revision it wrote, or the current one when nothing changed
 */
public record ImportSummary(int created, int updated, int unchanged, int changes, long revision) {}
