package org.ramp.archive;

/** The one rule for entry names, on the way in and on the way out: relative, plain components, bounded. */
final class EntryNames {
    private EntryNames() {
    }

    /** Why a name cannot be an entry's, or null when it can. A trailing "/" (a folder) is allowed. */
    static String problem(String name) {
        String plain = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (plain.isEmpty()) {
            return "the name is empty";
        }
        if (plain.length() > ArchiveBounds.MAX_PATH) {
            return "the path is " + plain.length() + " characters long, over " + ArchiveBounds.MAX_PATH;
        }
        if (plain.startsWith("/")) {
            return "the path is absolute";
        }
        if (plain.indexOf('\0') >= 0) {
            return "the path holds a NUL character";
        }
        for (String component : plain.split("/", -1)) {
            if (component.isEmpty()) {
                return "the path has an empty component";
            }
            if (component.equals(".") || component.equals("..")) {
                return "the path has a \"" + component + "\" component";
            }
            if (component.length() > ArchiveBounds.MAX_NAME) {
                return "a component is " + component.length() + " characters long, over " + ArchiveBounds.MAX_NAME;
            }
        }
        return null;
    }
}
