package dev.rudderiam.intruder;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.pattern.PrefixIndex;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.internal.SharedPass;

/** Reaches for what the core module does not publish: must not compile. */
public final class Intruder {
    public static void main(String[] args) {
        System.out.println(ArnText.tryParse("arn:aws:s3:::b") + " " + SharedPass.class);
        PolicyContext context = new PolicyContext(RudderStack.trustPolicy("ws-1"), PolicyType.TRUST, 2048);
        // The rules' memo is not API: no method of the context reaches it.
        Object memo = context.memo(Intruder.class, c -> c);
        System.out.println(memo);
        // The prefix index is made by its factory only.
        System.out.println(new PrefixIndex());
    }
}
