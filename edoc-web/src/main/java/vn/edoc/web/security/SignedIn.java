package vn.edoc.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in through the form, kept in the HTTP session until logout or its time-out. */
record SignedIn(String username, Set<String> groups) implements Serializable {
    SignedIn {
        groups = Set.copyOf(groups);
    }
}
