package hudson.model;

import hudson.security.ACL;

public abstract class AbstractItem extends Actionable implements Item {
    AbstractItem() { // package-private: not in the public API (the real one takes ItemGroup, String)
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only API");
    }
}
