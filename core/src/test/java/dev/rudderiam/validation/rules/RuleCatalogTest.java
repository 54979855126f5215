package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.role.ExternalId;
import dev.rudderiam.validation.PolicyRule;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Rule;
import dev.rudderiam.validation.RuleSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each rule declares about itself, as a rule listing shows it: its code, a one-line summary, the page that
 * documents it (Access Analyzer's section for the checks it shares with Access Analyzer), the policy types it
 * checks, and whether it may be skipped on documents larger than IAM takes.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html">Access
 *     Analyzer policy check reference</a>
 */
class RuleCatalogTest {
    /** Built for each test, not once per class: what the rules declare is read as they are made. */
    private final List<RuleSet> all = RuleSets.all(TestReference.INSTANCE, ExternalId.of("ws-1"), List.of());

    private Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleSet set : all) {
            set.rules().forEach(r -> rules.put(r.code(), r));
        }
        return rules;
    }

    @Test
    void everyRuleNamesItselfByItsCodeWithAOneLineSummaryAndADocumentationPage() {
        for (Rule rule : rules().values()) {
            assertEquals(rule.code(), rule.toString());
            assertTrue(rule.code().matches("[A-Z][A-Z_]+"), rule.code());
            assertTrue(rule.summary().length() > 20 && rule.summary().endsWith(".")
                    && !rule.summary().contains("\n"), rule.code() + ": " + rule.summary());
            assertTrue(rule.link().startsWith("https://docs.aws.amazon.com/")
                    || rule.link().startsWith("https://www.rudderstack.com/docs/"), rule.code() + ": " + rule.link());
        }
    }

    /** Access Analyzer's anchors name the finding type: error, security warning, (general) warning, suggestion. */
    @Test
    void rulesSharedWithAccessAnalyzerLinkItsSectionForTheirFindingType() {
        Map<String, Rule> rules = rules();
        String page = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html"
                + "#access-analyzer-reference-policy-checks-";
        assertEquals(page + "error-missing-statement", rules.get("MISSING_STATEMENT").link());
        assertEquals(page + "security-warning-allow-with-not-principal", rules.get("ALLOW_WITH_NOT_PRINCIPAL").link());
        assertEquals(page + "general-warning-missing-version", rules.get("MISSING_VERSION").link());
        assertEquals(page + "suggestion-redundant-action", rules.get("REDUNDANT_ACTION").link());
        assertEquals(page + "error-type-mismatch-ip-range", rules.get("TYPE_MISMATCH_IP_RANGE").link());
        assertEquals("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html",
                rules.get("ATTACHED_POLICIES_PER_ROLE_EXCEEDS_QUOTA").link());
        assertEquals("No iam:PassRole on a wildcard resource without a iam:PassedToService condition.",
                rules.get("PASS_ROLE_WITH_STAR_IN_RESOURCE").summary());
        assertEquals("No wildcard action with Resource \"*\" covers iam:CreateServiceLinkedRole without a"
                + " iam:AWSServiceName condition.", rules.get("CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE").summary());
    }

    @Test
    void eachRuleChecksThePolicyTypesWhoseGrammarItStates() {
        Map<String, Set<PolicyType>> types = new LinkedHashMap<>();
        for (RuleSet set : all) {
            for (PolicyRule rule : set.policyRules()) {
                Set<PolicyType> applies = EnumSet.noneOf(PolicyType.class);
                for (PolicyType type : PolicyType.values()) {
                    if (rule.appliesTo(type)) {
                        applies.add(type);
                    }
                }
                types.put(rule.code(), applies);
            }
        }
        Set<PolicyType> all = EnumSet.allOf(PolicyType.class);
        Set<PolicyType> permissions = EnumSet.of(PolicyType.IDENTITY, PolicyType.BOUNDARY);
        Set<PolicyType> trust = EnumSet.of(PolicyType.TRUST);
        assertEquals(all, types.get("MISSING_ACTION"));
        assertEquals(all, types.get("MISSING_VERSION"));
        assertEquals(permissions, types.get("MISSING_RESOURCE"));
        assertEquals(permissions, types.get("UNIQUE_SIDS_REQUIRED"));
        assertEquals(permissions, types.get("POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA"));
        assertEquals(permissions, types.get("ACTION_RESOURCE_MISMATCH"));
        assertEquals(permissions, types.get("PASS_ROLE_WITH_STAR_IN_RESOURCE"));
        assertEquals(trust, types.get("MISSING_PRINCIPAL"));
        assertEquals(trust, types.get("UNIQUE_SIDS_RECOMMENDED"));
        assertEquals(trust, types.get("POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA"));
        assertEquals(trust, types.get("RUDDERSTACK_TRUST_MISSING"));
        assertEquals(trust, types.get("CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID"));
        assertEquals(all, types.get("RUDDERSTACK_PARTITION"));
        assertEquals(all, types.get("REDUNDANT_RESOURCE"));
    }

    /** The size finding names the rules that do not run past IAM's largest document: exactly the non-linear ones. */
    @Test
    void onlyTheRulesComparingEachActionWithEachResourceAreNotLinear() {
        List<String> notLinear = new ArrayList<>();
        for (RuleSet set : all) {
            set.policyRules().stream().filter(r -> !r.linear()).forEach(r -> notLinear.add(r.code()));
        }
        assertEquals(List.of("ACTION_RESOURCE_MISMATCH", "ACTION_NEEDS_ALL_RESOURCES"), notLinear);
    }

    @Test
    void theSetsHoldTheirRulesInTheOrderFindingsComeIn() {
        assertEquals(List.of("grammar", "service-reference", "security", "rudderstack"),
                all.stream().map(RuleSet::name).collect(Collectors.toList()));
        assertEquals(List.of("MISSING_STATEMENT", "MISSING_VERSION", "INVALID_VERSION", "UNSUPPORTED_SID",
                "UNIQUE_SIDS_REQUIRED", "UNIQUE_SIDS_RECOMMENDED", "MISSING_ACTION", "MISSING_RESOURCE",
                "UNSUPPORTED_PRINCIPAL", "MISSING_PRINCIPAL", "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL",
                "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE", "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL",
                "INVALID_PRINCIPAL_KEY", "INVALID_PRINCIPAL_FORMAT", "UNSUPPORTED_WILDCARD_IN_PRINCIPAL",
                "INVALID_ARN_PREFIX", "MISSING_ARN_FIELD", "INVALID_ARN_ACCOUNT", "INVALID_PARTITION",
                "INVALID_CONDITION_OPERATOR", "NULL_WITH_IF_EXISTS", "CONDITION_VALUE_TYPE_MISMATCH",
                "TYPE_MISMATCH_IP_RANGE", "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA",
                "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA", "ROLE_POLICY_SIZE_EXCEEDS_QUOTA",
                "ATTACHED_POLICIES_PER_ROLE_EXCEEDS_QUOTA"),
                all.get(0).rules().stream().map(Rule::code).collect(Collectors.toList()));
    }
}
