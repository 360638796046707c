package vn.edoc.exchange.boundary;

import java.time.Instant;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.exchange.DeliveryState;

/**
 * One recipient's copy of a packet, as its sender follows it: the copy's state on the axis, the recipient's last
 * business status (01-06, or null) and when the copy last changed.
 */
public record SentCopy(
        String packetId,
        CopyId copy,
        String senderId,
        String subject,
        String documentCode,
        DeliveryState state,
        StatusCode progress,
        Instant sentAt,
        Instant changedAt) {}
