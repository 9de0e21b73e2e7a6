package hudson.security;

import org.springframework.security.core.Authentication;

public abstract class ACL {
    public static final Authentication SYSTEM2 = null;

    public ACL() {
    }

    public final void checkPermission(Permission p) {
        throw new UnsupportedOperationException("compile-only API");
    }
}
