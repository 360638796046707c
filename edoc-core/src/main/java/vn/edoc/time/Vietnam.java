package vn.edoc.time;

import java.time.ZoneId;

/**
 * Việt Nam's time zone (UTC+7 all year): edXML's times without an offset, the dates people see, the office day that
 * ends at its midnight. One constant, so that no place spells it differently.
 */
public final class Vietnam {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Vietnam() {}
}
