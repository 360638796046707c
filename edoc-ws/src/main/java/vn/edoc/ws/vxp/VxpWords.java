package vn.edoc.ws.vxp;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.time.Vietnam;

/**
 * edoc's states in the words the SDK's lists carry (docs/integrators/vxp.md): a copy waiting is {@code
 * initial}, fetched {@code processing}, confirmed {@code done}, held back {@code pending}, cancelled {@code cancel};
 * times as {@code dd/MM/yyyy HH:mm:ss} in Vietnam's time.
 */
final class VxpWords {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Vietnam.ZONE);

    private VxpWords() {}

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String state(DeliveryState state) {
        return switch (state) {
            case WAITING -> "initial";
            case FETCHED -> "processing";
            case CONFIRMED -> "done";
            case HELD -> "pending";
            case CANCELLED -> "cancel";
        };
    }

    static String stateDescription(DeliveryState state) {
        return switch (state) {
            case WAITING -> "Chờ nhận / waiting";
            case FETCHED -> "Đã lấy, chưa xác nhận / fetched, not confirmed";
            case CONFIRMED -> "Đã nhận / received";
            case HELD -> "Tạm giữ / held";
            case CANCELLED -> "Đã hủy / cancelled";
        };
    }

    /** The copy's state, and the recipient's last business status when it reported one. */
    static String receiveDescription(DeliveryState state, StatusCode progress) {
        return progress == null ? stateDescription(state) : stateDescription(state) + "; " + progress.code();
    }
}
