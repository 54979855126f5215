package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Rule;
import dev.rudderiam.validation.Severity;
import java.util.Locale;

/** The declared facts of a rule and the way it makes findings; every rule of this package extends it. */
abstract class BaseRule implements Rule {
    static final String ACCESS_ANALYZER =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html";

    private final String code;
    private final Severity severity;
    private final String link;
    private final String summary;

    /** A rule of this library's own, documented at {@code link}. */
    BaseRule(String code, Severity severity, String link, String summary) {
        this.code = code;
        this.severity = severity;
        this.link = link;
        this.summary = summary;
    }

    /** A rule doing the same check as Access Analyzer's {@code code}, linked to its section of the check reference. */
    BaseRule(String code, Severity severity, String summary) {
        this(code, severity, accessAnalyzerLink(code, severity), summary);
    }

    private static String accessAnalyzerLink(String code, Severity severity) {
        String kind;
        switch (severity) {
            case ERROR: kind = "error"; break;
            case SECURITY_WARNING: kind = "security-warning"; break;
            case WARNING: kind = "general-warning"; break;
            default: kind = "suggestion"; break;
        }
        return ACCESS_ANALYZER + "#access-analyzer-reference-policy-checks-" + kind + "-"
                + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String link() {
        return link;
    }

    @Override
    public final String summary() {
        return summary;
    }

    /** {@return a finding of this rule at {@code path}} */
    final Finding finding(String path, String message) {
        return new Finding(severity, code, path, message, link);
    }

    @Override
    public String toString() {
        return code;
    }
}
