package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.TrustChecks;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One identifier of a statement's {@code Principal}; {@code "Principal": "*"} is one entry of type {@code AWS} and
 * value {@code *} (AWS documents the two forms as the same). Its ARN is parsed once, and its JSON pointer built only
 * when a finding needs it.
 */
final class PrincipalEntry extends PatternEntry {
    private static final PrincipalEntry[] NONE = {};
    private final PrincipalType type;
    private final String value;
    private final int statement;
    private final String element;
    private final int position;
    private final int size;
    private final boolean bare;
    private @Nullable ArnText arn;
    private boolean parsed;
    /** Whether the value lies in RudderStack's account: 0 until looked up, 1 no, 2 yes. */
    private byte inRudderStack;

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
    static PrincipalEntry[] of(int statement, String element, @Nullable Principal principal) {
        if (principal == null) {
            return NONE;
        }
        if (principal instanceof AnyPrincipal) {
            return new PrincipalEntry[] {new PrincipalEntry(PrincipalType.AWS, "*", statement, element, 0, 0, true)};
        }
        Map<PrincipalType, List<String>> byType = ((PrincipalSet) principal).byType();
        int count = 0;
        for (List<String> ids : byType.values()) {
            count += ids.size();
        }
        PrincipalEntry[] entries = new PrincipalEntry[count];
        int[] next = {0};
        byType.forEach((type, ids) -> {
            for (int j = 0; j < ids.size(); j++) {
                entries[next[0]++] = new PrincipalEntry(type, ids.get(j), statement, element, j, ids.size(), false);
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

    /** {@return how the entry reads: Principals are compared as written} */
    @Override
    Glob.Syntax syntax() {
        return Glob.Syntax.PLAIN;
    }

    @Override
    String text() {
        return value;
    }

    /** {@return whether it is the bare string form {@code "Principal": "*"}} */
    boolean bare() {
        return bare;
    }

    boolean isAws() {
        return type.equals(PrincipalType.AWS);
    }

    /** {@return whether the value lies in RudderStack's account ({@link TrustChecks#inAccount}), read once a run} */
    boolean inRudderStackAccount() {
        if (inRudderStack == 0) {
            inRudderStack = TrustChecks.inAccount(value, RudderStack.ACCOUNT) ? (byte) 2 : 1;
        }
        return inRudderStack == 2;
    }

    /** {@return the ARN when the value is one, else null} */
    @Nullable ArnText arn() {
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
