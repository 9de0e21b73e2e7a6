package org.ramp.agentimage;

/**
 * A recipe or an agent image the run cannot use, as the user gave it: the message names the file, the
 * field or the option, the value and the fix. The command line exits 2 on it.
 */
public final class RecipeException extends RuntimeException {
    public RecipeException(String message) {
        super(message);
    }
}
