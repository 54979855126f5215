package dev.rudderiam.validation.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The global {@code aws:} condition keys with their types, as the IAM User Guide lists them. Keys ending in
 * {@code /} take a tag key or other name after the slash ({@code aws:ResourceTag/team}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global
 *     condition context keys</a>
 */
final class GlobalConditionKeys {
    private static final Map<String, String> EXACT = new HashMap<>();
    private static final Map<String, String> PREFIXED = new HashMap<>();
    /** The keys of {@link #EXACT} as AWS writes them. */
    private static final Map<String, String> WRITTEN = new HashMap<>();

    static {
        String[][] keys = {
            // Principal properties
            {"aws:PrincipalArn", "ARN"}, {"aws:PrincipalAccount", "String"}, {"aws:PrincipalOrgPaths", "ArrayOfString"},
            {"aws:PrincipalOrgID", "String"}, {"aws:PrincipalTag/", "String"}, {"aws:PrincipalIsAWSService", "Bool"},
            {"aws:PrincipalServiceName", "String"}, {"aws:PrincipalServiceNamesList", "ArrayOfString"},
            {"aws:PrincipalType", "String"}, {"aws:userid", "String"}, {"aws:username", "String"},
            {"aws:PrincipalOrgMasterAccountId", "String"}, {"aws:AssumedRoot", "String"},
            // Role session properties
            {"aws:FederatedProvider", "String"}, {"aws:TokenIssueTime", "Date"}, {"aws:MultiFactorAuthAge", "Numeric"},
            {"aws:MultiFactorAuthPresent", "Bool"}, {"aws:ChatbotSourceArn", "ARN"},
            {"aws:Ec2InstanceSourceVpc", "String"}, {"aws:Ec2InstanceSourcePrivateIPv4", "IPAddress"},
            {"aws:SourceIdentity", "String"}, {"aws:RequestAttribute/", "String"},
            // Network properties
            {"aws:SourceIp", "IPAddress"}, {"aws:SourceVpc", "String"}, {"aws:SourceVpcArn", "ARN"},
            {"aws:SourceVpce", "String"}, {"aws:VpcSourceIp", "IPAddress"}, {"aws:VpceAccount", "String"},
            {"aws:VpceOrgID", "String"}, {"aws:VpceOrgPaths", "ArrayOfString"},
            // Resource properties
            {"aws:ResourceAccount", "String"}, {"aws:ResourceOrgID", "String"}, {"aws:ResourceOrgPaths", "ArrayOfString"},
            {"aws:ResourceTag/", "String"},
            // Request properties
            {"aws:CalledVia", "ArrayOfString"}, {"aws:CalledViaFirst", "String"}, {"aws:CalledViaLast", "String"},
            {"aws:ViaAWSService", "Bool"}, {"aws:CurrentTime", "Date"}, {"aws:EpochTime", "Date"},
            {"aws:referer", "String"}, {"aws:RequestedRegion", "String"}, {"aws:RequestTag/", "String"},
            {"aws:TagKeys", "ArrayOfString"}, {"aws:SecureTransport", "Bool"}, {"aws:SourceAccount", "String"},
            {"aws:SourceArn", "ARN"}, {"aws:SourceOrgID", "String"}, {"aws:SourceOrgPaths", "ArrayOfString"},
            {"aws:UserAgent", "String"}, {"aws:IsMcpServiceAction", "Bool"},
        };
        for (String[] key : keys) {
            String name = key[0].toLowerCase(Locale.ROOT);
            (name.endsWith("/") ? PREFIXED : EXACT).put(name, key[1]);
            if (!name.endsWith("/")) {
                WRITTEN.put(key[0], key[1]);
            }
        }
    }

    private GlobalConditionKeys() {
    }

    /** {@return the global keys without a variable part, each as AWS writes it, with its type} */
    static Map<String, String> written() {
        return Collections.unmodifiableMap(WRITTEN);
    }

    /** {@return the type of the global key {@code name} (any case), or empty when it is not a global key} */
    static Optional<String> type(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String exact = EXACT.get(lower);
        if (exact != null) {
            return Optional.of(exact);
        }
        int slash = lower.indexOf('/');
        if (slash > 0 && slash < lower.length() - 1) {
            return Optional.ofNullable(PREFIXED.get(lower.substring(0, slash + 1)));
        }
        return Optional.empty();
    }
}
