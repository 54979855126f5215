package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One identifier of a statement's {@code Principal}; {@code "Principal": "*"} is one entry of type {@code AWS} and
 * value {@code *} (AWS documents the two forms as the same). Its ARN is parsed once, and its JSON pointer built only
 * when a finding needs it.
 */
final class PrincipalEntry {
    private final PrincipalType type;
    private final String value;
    private final int statement;
    private final String element;
    private final int position;
    private final int size;
    private final boolean bare;
    private @Nullable Arn arn;
    private boolean parsed;

    private PrincipalEntry(PrincipalType type, String value, int statement, String element, int position, int size,
            boolean bare) {
        this.type = type;
        this.value = value;
        this.statement = statement;
        this.element = element;
        this.position = position;
        this.size = size;
        this.bare = bare;
    }

    /** {@return the entries of {@code principal}, the value of {@code element}; empty when it is null} */
    static List<PrincipalEntry> of(int statement, String element, @Nullable Principal principal) {
        if (principal == null) {
            return List.of();
        }
        if (principal instanceof AnyPrincipal) {
            return List.of(new PrincipalEntry(PrincipalType.AWS, "*", statement, element, 0, 0, true));
        }
        List<PrincipalEntry> entries = new ArrayList<>(2);
        ((PrincipalSet) principal).byType().forEach((type, ids) -> {
            for (int j = 0; j < ids.size(); j++) {
                entries.add(new PrincipalEntry(type, ids.get(j), statement, element, j, ids.size(), false));
            }
        });
        return entries;
    }

    PrincipalType type() {
        return type;
    }

    String value() {
        return value;
    }

    /** {@return whether it is the bare string form {@code "Principal": "*"}} */
    boolean bare() {
        return bare;
    }

    boolean isAws() {
        return type.equals(PrincipalType.AWS);
    }

    /** {@return the ARN when the value is one, else null} */
    @Nullable Arn arn() {
        if (!parsed) {
            arn = Arns.parse(value);
            parsed = true;
        }
        return arn;
    }

    String path() {
        String base = Pointers.statement(statement) + "/" + element;
        if (bare) {
            return base;
        }
        String group = base + "/" + Pointers.escape(type.key());
        return size == 1 ? group : group + "/" + position;
    }
}
