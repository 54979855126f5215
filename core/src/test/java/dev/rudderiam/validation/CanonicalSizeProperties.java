package dev.rudderiam.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.json.PolicySize;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Counting the size on the model gives exactly what counting the written canonical JSON gives. */
@Domain(PolicyDomain.class)
class CanonicalSizeProperties {
    @Property(tries = 300)
    void countsLikeTheWrittenCanonicalJson(@ForAll PolicyDocument document) {
        assertEquals(PolicySize.of(document), CanonicalSize.of(document));
    }
}
