package vn.edoc.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One axis a packet crossed: the id other axes know it by (its peer id, {@code edoc.axis.id}), the packetId it gave
 * the packet and when it accepted it. The first hop is where the sender handed the packet in.
 */
public record AxisHop(String axisId, String packetId, Instant at) {

    /** The hops as one text column: a line each, {@code axisId packetId epochMillis}. */
    public static String toText(List<AxisHop> hops) {
        StringBuilder text = new StringBuilder();
        for (AxisHop hop : hops) {
            text.append(hop.axisId).append(' ').append(hop.packetId).append(' ').append(hop.at.toEpochMilli());
            text.append('\n');
        }
        return text.toString();
    }

    /** The hops {@link #toText} wrote; none for {@code null}. */
    public static List<AxisHop> fromText(String text) {
        List<AxisHop> hops = new ArrayList<>();
        if (text == null) {
            return hops;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length == 3) {
                hops.add(new AxisHop(parts[0], parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2]))));
            }
        }
        return hops;
    }
}
