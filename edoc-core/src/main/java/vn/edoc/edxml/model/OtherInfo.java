package vn.edoc.edxml.model;

import java.util.List;

/**
 * Further facts about the document.
 *
 * @param priority 0 normal, 1 urgent (khẩn), 2 very urgent (thượng khẩn), 3 express (hỏa tốc), 4 express on time
 * @param direction a flag only the VNPT library writes; kept so that a packet read and written again says the same
 */
public record OtherInfo(
        Integer priority,
        String sphereOfPromulgation,
        String typerNotation,
        Integer promulgationAmount,
        Integer pageAmount,
        Boolean direction,
        List<String> appendixes) {
    public OtherInfo {
        appendixes = List.copyOf(appendixes);
    }
}
