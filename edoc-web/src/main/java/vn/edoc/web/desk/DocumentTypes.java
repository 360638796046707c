package vn.edoc.web.desk;

import java.util.List;

/**
 * The document types a clerk picks from (ND30 Art. 7) with the edXML type number edoc writes. The national lists
 * give the numbers no confirmed meaning (edxml-spec.md), so {@code TypeName} always carries the name, in Vietnamese
 * whatever the page's language: it is the document's own wording.
 */
public final class DocumentTypes {
    /** One type: its number on the wire, its name and the usual notation prefix (none for a công văn). */
    public record Type(int code, String name, String abbreviation) {}

    public static final List<Type> ALL = List.of(
            new Type(1, "Công văn", ""),
            new Type(2, "Quyết định", "QĐ"),
            new Type(3, "Thông báo", "TB"),
            new Type(4, "Kế hoạch", "KH"),
            new Type(5, "Báo cáo", "BC"),
            new Type(6, "Tờ trình", "TTr"),
            new Type(7, "Giấy mời", "GM"),
            new Type(8, "Chỉ thị", "CT"),
            new Type(9, "Hướng dẫn", "HD"),
            new Type(10, "Công điện", "CĐ"));

    private DocumentTypes() {}

    public static Type of(int code) {
        return ALL.stream().filter(t -> t.code() == code).findFirst().orElse(ALL.get(0));
    }
}
