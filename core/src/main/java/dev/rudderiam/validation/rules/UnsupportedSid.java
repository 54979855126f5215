package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code UNSUPPORTED_SID}: in IAM policies a {@code Sid} holds ASCII letters and digits only.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html">IAM JSON
 *     policy elements: Sid</a>
 */
final class UnsupportedSid extends StatementRule {
    UnsupportedSid() {
        super("UNSUPPORTED_SID", Severity.ERROR, "A Sid holds ASCII letters and digits only.", Types.ALL);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.SID;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        String sid = statement.sid();
        if (sid != null && !isAlphanumeric(sid)) {
            findings.add(finding(Pointers.statement(index) + "/Sid", "Sid '" + sid
                    + "' is not supported: an IAM policy Sid holds only the characters A-Z, a-z and 0-9."));
        }
    }

    private static boolean isAlphanumeric(String sid) {
        for (int i = 0; i < sid.length(); i++) {
            char c = sid.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
