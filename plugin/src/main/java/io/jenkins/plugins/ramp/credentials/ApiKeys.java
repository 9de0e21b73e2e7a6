package io.jenkins.plugins.ramp.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * API keys from the Credentials plugin: a Secret text credential found by id for the run (as the job's context
 * allows), whose plain text goes only into the engine process's environment.
 */
public final class ApiKeys {
    private ApiKeys() {
    }

    /** The key of {@code credentialsId} for this run; the lookup is recorded as the credentials plugin tracks uses. */
    public static String of(String credentialsId, Run<?, ?> run) throws AbortException {
        StringCredentials credentials = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class,
                run);
        if (credentials == null) {
            throw new AbortException("credentialsId '" + credentialsId + "': no Secret text credential with that id is "
                    + "available to this job; add one (Manage Jenkins, Credentials) or pick another id");
        }
        String key = credentials.getSecret().getPlainText();
        if (key.isEmpty()) {
            throw new AbortException("credentialsId '" + credentialsId + "': the Secret text is empty");
        }
        return key;
    }

    /**
     * The credentials list box of a step's form, with the permission checks the credentials plugin documents for
     * consumers: without them a user who may not see credentials gets only the current value back.
     */
    public static ListBoxModel listBox(Item item, String credentialsId) {
        StandardListBoxModel result = new StandardListBoxModel();
        if (item == null) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                result.includeCurrentValue(credentialsId);
                return result;
            }
        } else if (!item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            result.includeCurrentValue(credentialsId);
            return result;
        }
        result.includeEmptyValue();
        result.includeAs(ACL.SYSTEM2, item, StringCredentials.class);
        result.includeCurrentValue(credentialsId);
        return result;
    }
}
