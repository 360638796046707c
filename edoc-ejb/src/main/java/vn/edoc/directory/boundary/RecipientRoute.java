package vn.edoc.directory.boundary;

/**
 * Where a packet addressed to a code goes.
 *
 * @param addressedCode the code the sender wrote in {@code To}
 * @param recipientCode the office that receives it: the addressed one, or the successor of a dissolved one, or a code
 *     outside the local directory reached through a peer
 * @param viaPeer the peer axis that carries it, or {@code null} for a local office
 * @param pushed whether the axis calls the recipient's push endpoint (else the recipient pulls)
 */
public record RecipientRoute(String addressedCode, String recipientCode, String viaPeer, boolean pushed) {
    /** Whether the axis delivers to another office than the one the sender named (a reorganisation). */
    public boolean toSuccessor() {
        return !addressedCode.equals(recipientCode);
    }
}
