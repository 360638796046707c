package vn.edoc.desk.boundary;

import java.util.List;
import vn.edoc.systems.Caller;

/** The desk calls the exchange as a connected system of one office, named after the person acting. */
final class DeskCaller {
    private DeskCaller() {}

    static Caller of(String username, String office) {
        return new Caller("desk:" + username, List.of(office));
    }
}
