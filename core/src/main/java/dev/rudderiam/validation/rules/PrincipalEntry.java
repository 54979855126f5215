package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One identifier of a statement's {@code Principal}, with its JSON pointer; {@code "Principal": "*"} is one entry
 * of type {@code AWS} and value {@code *} (AWS documents the two forms as the same).
 *
 * @param type the principal type
 * @param value the identifier
 * @param path its JSON pointer
 * @param bare whether it is the bare string form {@code "Principal": "*"}
 */
record PrincipalEntry(PrincipalType type, String value, String path, boolean bare) {

    /** {@return the entries of the statement's {@code Principal}, empty when it has none} */
    static List<PrincipalEntry> of(int index, Statement statement) {
        return of(index, "Principal", statement.principal());
    }

    static List<PrincipalEntry> of(int index, String element, Principal principal) {
        String base = Pointers.statement(index) + "/" + element;
        if (principal == null) {
            return List.of();
        }
        if (principal instanceof AnyPrincipal) {
            return List.of(new PrincipalEntry(PrincipalType.AWS, "*", base, true));
        }
        List<PrincipalEntry> entries = new ArrayList<>();
        for (Map.Entry<PrincipalType, List<String>> group : ((PrincipalSet) principal).byType().entrySet()) {
            List<String> ids = group.getValue();
            String groupPath = base + "/" + Pointers.escape(group.getKey().key());
            for (int j = 0; j < ids.size(); j++) {
                entries.add(new PrincipalEntry(group.getKey(), ids.get(j),
                        ids.size() == 1 ? groupPath : groupPath + "/" + j, false));
            }
        }
        return entries;
    }

    boolean isAws() {
        return type.equals(PrincipalType.AWS);
    }
}
