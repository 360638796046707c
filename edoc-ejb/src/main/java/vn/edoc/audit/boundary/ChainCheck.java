package vn.edoc.audit.boundary;

/**
 * The result of checking the audit chain.
 *
 * @param entries how many entries were checked
 * @param firstBrokenSeq the first entry whose hash, link or number is wrong, or {@code null} when the chain holds
 * @param reason why that entry breaks the chain, or {@code null}
 */
public record ChainCheck(long entries, boolean valid, Long firstBrokenSeq, String reason) {}
