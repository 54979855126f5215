package dev.rudderiam.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link QuotaFitter} on both sides of each quota of
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS quotas</a>
 * (a managed policy of at most 6,144 characters, a role's inline policies of at most 10,240 together, white space
 * not counted), and the documented packing: pooled per {@code Version}, first-fit by decreasing size, each document
 * keeping its statements' original order, a statement too large alone split by halving its {@code Action} list,
 * else its {@code Resource} list. Sizes are measured with {@link PolicySize}, the one size function.
 */
class QuotaFitterTest {

    private static final int MANAGED = 6144;
    private static final int INLINE = 10240;

    /** An allow of s3:GetObject on one resource, named {@code sid}, whose own document is {@code size} long. */
    private static Statement sized(String sid, int size) {
        Statement probe = statement(sid, "");
        int base = PolicySize.of(PolicyDocument.builder().addStatement(probe).build());
        Statement s = statement(sid, "k".repeat(size - base));
        assertEquals(size, PolicySize.of(PolicyDocument.builder().addStatement(s).build()));
        return s;
    }

    private static Statement statement(String sid, String name) {
        return Statement.builder().sid(sid).effect(Effect.ALLOW).addAction("s3:GetObject")
                .addResource("arn:aws:s3:::b/" + name).build();
    }

    private static PolicyDocument document(Statement... statements) {
        return PolicyDocument.builder().statements(List.of(statements)).build();
    }

    private static List<String> sids(PolicyDocument document) {
        return document.statements().stream().map(Statement::sid).toList();
    }

    @Test
    void inlinePoliciesMayHoldExactlyTheQuotaTogether() {
        PolicyDocument exactly = document(sized("A", INLINE));
        assertEquals(List.of(exactly), QuotaFitter.inline(List.of(exactly)));
        PolicyDocument over = document(sized("A", INLINE + 1));
        QuotaException e = assertThrows(QuotaException.class, () -> QuotaFitter.inline(List.of(over)));
        assertEquals("inline policies need 10241 characters after minimizing; a role's inline policies may hold at"
                + " most 10240 characters in total: use managed policies", e.getMessage());
    }

    @Test
    void inlineSizesAddUpOverVersions() {
        PolicyDocument newer = document(sized("A", 6000));
        PolicyDocument older = PolicyDocument.builder().version(PolicyDocument.VERSION_2008_10_17)
                .addStatement(sized("B", 5000)).build();
        QuotaException e = assertThrows(QuotaException.class, () -> QuotaFitter.inline(List.of(newer, older)));
        int total = PolicySize.of(newer) + PolicySize.of(older);
        assertEquals("inline policies need " + total + " characters after minimizing; a role's inline policies may"
                + " hold at most 10240 characters in total: use managed policies", e.getMessage());
    }

    /** Policy variables mean something only in 2012-10-17, so documents of different versions are never pooled. */
    @Test
    void documentsArePooledPerVersionInOrderOfFirstAppearance() {
        PolicyDocument older = PolicyDocument.builder().version(PolicyDocument.VERSION_2008_10_17)
                .addStatement(statement("Old", "a")).build();
        PolicyDocument newer = document(statement("New", "b"));
        PolicyDocument newerToo = document(statement("Too", "c"));
        List<PolicyDocument> inline = QuotaFitter.inline(List.of(older, newer, newerToo));
        assertEquals(2, inline.size());
        assertEquals(PolicyDocument.VERSION_2008_10_17, inline.get(0).version());
        assertEquals(List.of("Old"), sids(inline.get(0)));
        assertEquals(PolicyDocument.VERSION_2012_10_17, inline.get(1).version());
        assertEquals(List.of("New", "Too"), sids(inline.get(1)));
        List<PolicyDocument> managed = QuotaFitter.managed(List.of(older, newer, newerToo), 2);
        assertEquals(inline, managed);
        assertThrows(NullPointerException.class, () -> QuotaFitter.inline(null));
    }

    @Test
    void pooledStatementsAreMinimized() {
        Statement wide = Statement.builder().effect(Effect.ALLOW).addAction("s3:Get*").addResource("*").build();
        Statement narrow = Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject")
                .addResource("arn:aws:s3:::b/k").build();
        assertEquals(List.of(document(wide)), QuotaFitter.inline(List.of(document(narrow), document(wide))));
    }

    @Test
    void aManagedPolicyMayHoldExactlyTheQuota() {
        Statement a = sized("A", 3000);
        int empty = PolicySize.of(document());
        // empty document + A + comma + B = 6,144 exactly
        Statement b = sized("B", MANAGED - PolicySize.of(document(a)) - 1 + empty);
        assertEquals(MANAGED, PolicySize.of(document(a, b)));
        assertEquals(List.of(document(a, b)), QuotaFitter.managed(List.of(document(a, b)), 1));
        Statement bigger = sized("B", MANAGED - PolicySize.of(document(a)) + empty);
        List<PolicyDocument> two = QuotaFitter.managed(List.of(document(a, bigger)), 2);
        assertEquals(List.of(document(bigger), document(a)), two, "one character more: two policies, larger first");
    }

    /**
     * First fit by decreasing size: C opens the first policy, B does not fit beside it and opens the second, A fits
     * beside C, and D no longer does, so it joins B; each policy keeps its statements in their original order.
     */
    @Test
    void statementsArePackedFirstFitByDecreasingSize() {
        Statement a = sized("A", 1000);
        Statement b = sized("B", 4000);
        Statement c = sized("C", 4500);
        Statement d = sized("D", 1000);
        List<PolicyDocument> managed = QuotaFitter.managed(List.of(document(a, b, c, d)), 10);
        assertEquals(List.of(List.of("A", "C"), List.of("B", "D")),
                managed.stream().map(QuotaFitterTest::sids).toList());
    }

    @Test
    void theNumberOfManagedPoliciesIsBounded() {
        PolicyDocument three = document(sized("A", 5000), sized("B", 5000), sized("C", 5000));
        assertEquals(3, QuotaFitter.managed(List.of(three), 3).size());
        QuotaException e = assertThrows(QuotaException.class, () -> QuotaFitter.managed(List.of(three), 2));
        assertEquals("the permissions need 3 managed policies of at most 6144 characters; a role may attach at most 2",
                e.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> QuotaFitter.managed(List.of(three), 0));
        assertEquals("maxPolicies 0 is invalid: at least 1", zero.getMessage());
        assertEquals(1, QuotaFitter.managed(List.of(document(sized("A", 200))), 1).size());
    }

    @Test
    void aStatementTooLargeAloneIsSplitByHalvingItsActionsElseItsResources() {
        Statement.Builder actions = Statement.builder().sid("Actions").effect(Effect.ALLOW).addResource("*");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            names.add("s3:Action" + "x".repeat(10) + i);
        }
        names.forEach(actions::addAction);
        List<PolicyDocument> byActions = QuotaFitter.managed(List.of(document(actions.build())), 10);
        List<String> together = new ArrayList<>();
        for (PolicyDocument d : byActions) {
            assertEquals(true, PolicySize.of(d) <= MANAGED);
            d.statements().forEach(s -> {
                assertEquals(List.of("*"), s.resources().stream().map(r -> r.value()).toList());
                s.actions().forEach(a -> together.add(a.value()));
            });
        }
        together.sort(null);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, together, "every action kept, each once");

        Statement.Builder resources = Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject");
        for (int i = 0; i < 400; i++) {
            resources.addResource("arn:aws:s3:::bucket-" + i + "/*");
        }
        List<PolicyDocument> byResources = QuotaFitter.managed(List.of(document(resources.build())), 10);
        int count = 0;
        for (PolicyDocument d : byResources) {
            assertEquals(true, PolicySize.of(d) <= MANAGED);
            for (Statement s : d.statements()) {
                assertEquals(List.of("s3:GetObject"), s.actions().stream().map(a -> a.value()).toList());
                count += s.resources().size();
            }
        }
        assertEquals(400, count);
    }

    @Test
    void aStatementThatCannotBeSplitIsNamed() {
        Statement one = sized("Big", MANAGED + 1);
        QuotaException e = assertThrows(QuotaException.class, () -> QuotaFitter.managed(List.of(document(one)), 10));
        assertEquals("a statement (Sid Big) needs 6145 characters on its own; a managed policy may hold at most 6144"
                + " and the statement has no list left to split", e.getMessage());
        Statement unnamed = Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject")
                .addResource("arn:aws:s3:::b/" + "k".repeat(MANAGED)).build();
        QuotaException e2 = assertThrows(QuotaException.class,
                () -> QuotaFitter.managed(List.of(document(unnamed)), 10));
        assertEquals("a statement needs " + PolicySize.of(document(unnamed)) + " characters on its own; a managed"
                + " policy may hold at most 6144 and the statement has no list left to split", e2.getMessage());
        Statement exactly = sized("Fits", MANAGED);
        assertEquals(List.of(document(exactly)), QuotaFitter.managed(List.of(document(exactly)), 1));
    }
}
