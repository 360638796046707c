package vn.edoc.desk.boundary;

import java.util.Set;

/** An active account's name, password hash (Jakarta Security's PBKDF2 form) and roles, for the identity store only. */
public record StoredCredential(String username, String passwordHash, Set<String> roles) {
    @Override
    public String toString() {
        return "StoredCredential[" + username + "]"; // never the hash
    }
}
