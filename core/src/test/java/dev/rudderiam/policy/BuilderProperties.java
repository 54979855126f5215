package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** {@code toBuilder().build()} is the identity for every aggregate of the model. */
@Domain(PolicyDomain.class)
class BuilderProperties {

    @Property
    void documentCopyIsIdentity(@ForAll PolicyDocument document) {
        assertEquals(document, document.toBuilder().build());
        assertEquals(document.hashCode(), document.toBuilder().build().hashCode());
    }

    @Property
    void statementCopyIsIdentity(@ForAll Statement statement) {
        assertEquals(statement, statement.toBuilder().build());
        assertEquals(statement.condition(), statement.condition().toBuilder().build());
    }
}
