package vn.edoc.exchange.entity;

import java.time.LocalDateTime;
import vn.edoc.edxml.model.StatusCode;

/**
 * What a status packet reports on a copy.
 *
 * @param reportedAt the packet's Timestamp (local time of the reporting office)
 * @param statusPacketId the status packet the axis stored
 */
public record StatusReport(
        StatusCode code, String description, String staffName, LocalDateTime reportedAt, String statusPacketId) {}
