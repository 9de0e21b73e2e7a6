package hudson.security;

public interface AccessControlled {
    ACL getACL();

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("compile-only API");
    }
}
