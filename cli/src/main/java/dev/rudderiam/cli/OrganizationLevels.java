package dev.rudderiam.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the repeatable {@code --scp} and {@code --rcp} options, {@code LEVEL=FILE} or {@code FILE}, into the
 * organization levels of one account's path, in the order AWS applies them: the root first ({@code root} or its id
 * {@code r-...}), then the OUs in the order given ({@code ou-...}), then the account ({@code account} or its 12-digit
 * id). {@code FILE} alone means {@code account=FILE}. Several files may be given for one level; every level given
 * must then allow a request, as in AWS.
 */
final class OrganizationLevels {
    private static final Pattern ROOT = Pattern.compile("root|r-[0-9a-z]{4,32}");
    private static final Pattern OU = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");
    private static final Pattern ACCOUNT = Pattern.compile("account|[0-9]{12}");

    private OrganizationLevels() {
    }

    /**
     * {@return level name to the files attached there, root first, then the OUs as given, then the account}
     *
     * @param option {@code --scp} or {@code --rcp}, for messages
     * @throws IllegalArgumentException naming the value when a level is none of the forms above, or when two
     *     different root or account names are given
     */
    static Map<String, List<String>> parse(String option, List<String> values) {
        Map<String, List<String>> roots = new LinkedHashMap<>();
        Map<String, List<String>> ous = new LinkedHashMap<>();
        Map<String, List<String>> accounts = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            String level = eq < 0 ? "account" : value.substring(0, eq);
            String file = eq < 0 ? value : value.substring(eq + 1);
            if (file.isEmpty()) {
                throw new IllegalArgumentException(option + " '" + value + "' is invalid: expected LEVEL=FILE or FILE");
            }
            Map<String, List<String>> target = ROOT.matcher(level).matches() ? roots
                    : OU.matcher(level).matches() ? ous : ACCOUNT.matcher(level).matches() ? accounts : null;
            if (target == null) {
                throw new IllegalArgumentException(option + " level '" + level + "' is invalid: expected root (or"
                        + " r-...), an OU id ou-xxxx-xxxxxxxx, or account (or its 12-digit id)");
            }
            target.computeIfAbsent(level, k -> new ArrayList<>()).add(file);
            if (target != ous && target.size() > 1) {
                throw new IllegalArgumentException(option + " levels " + target.keySet() + " name the same level"
                        + " twice: an account's path has one root and one account");
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>(roots);
        out.putAll(ous);
        out.putAll(accounts);
        return out;
    }
}
