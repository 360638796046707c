package vn.edoc.exchange.control;

import java.util.List;
import vn.edoc.error.Problem;

/**
 * A packet the intake read and found acceptable, with what the reader forgave in it: the warnings are recorded with
 * the packet and returned to its sender.
 */
public record ReadPacket<T>(T packet, List<Problem> warnings) {
    public ReadPacket {
        warnings = List.copyOf(warnings);
    }
}
