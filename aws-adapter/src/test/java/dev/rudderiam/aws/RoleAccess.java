package dev.rudderiam.aws;

import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The access a role in {@link InProcessIam} gives, decided by core's evaluator: for each sampled principal (with
 * and without RudderStack's external ids) that the trust policy lets assume the role, each sampled request the
 * role's policies (inline and managed, within the boundary) allow, from each sampled region or none. An entry reads
 * {@code principal [externalId] action resource region}; assuming alone is the entry with action
 * {@code sts:AssumeRole}.
 */
final class RoleAccess {
    static final List<String> PRINCIPALS = List.of("arn:aws:iam::" + RudderStack.ACCOUNT + ":root",
            "arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:role/other");
    static final List<String> EXTERNAL_IDS = List.of("", "ws-a", "ws-b");
    static final List<String> ACTIONS = List.of("s3:PutObject", "s3:GetObject", "s3:DeleteObject",
            "kinesis:PutRecord", "iam:PassRole", "logs:PutLogEvents");
    /** Requests come from one of these regions or name none ({@code aws:RequestedRegion} missing). */
    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "");
    static final List<String> RESOURCES = List.of("arn:aws:s3:::events/k", "arn:aws:s3:::other/k",
            "arn:aws:iam::" + InProcessIam.ACCOUNT + ":role/x");

    private static final PolicyDocument CALLER_MAY_ASSUME = PolicyDocument.builder()
            .addStatement(Statement.builder().effect(Effect.ALLOW).addAction("sts:AssumeRole").addResource("*")
                    .build())
            .build();

    private RoleAccess() {
    }

    /** {@return what {@code role} (empty: no role) lets the sampled principals do} */
    static Set<String> of(InProcessIam iam, Optional<InProcessIam.StoredRole> role) {
        Set<String> access = new TreeSet<>();
        if (role.isEmpty()) {
            return access;
        }
        InProcessIam.StoredRole stored = role.get();
        List<PolicyDocument> identity = new ArrayList<>();
        stored.inline.values().forEach(text -> identity.add(PolicyJson.read(text)));
        stored.attached.forEach(arn -> identity.add(iam.managedDocument(arn)));
        Evaluator permissions = Evaluator.builder().identityPolicies(identity)
                .boundary(stored.boundary == null ? null : iam.managedDocument(stored.boundary)).build();
        Evaluator trust = Evaluator.builder().identityPolicy(CALLER_MAY_ASSUME)
                .trustPolicy(PolicyJson.read(stored.trust)).build();
        Set<String> granted = new LinkedHashSet<>();
        for (String action : ACTIONS) {
            for (String resource : RESOURCES) {
                for (String region : REGIONS) {
                    Request.Builder request = Request.builder().principal(stored.arn()).action(action)
                            .resource(resource);
                    if (!region.isEmpty()) {
                        request.context("aws:RequestedRegion", ContextValue.of(region));
                    }
                    if (permissions.evaluate(request.build()).allowed()) {
                        granted.add(action + " " + resource + " " + region);
                    }
                }
            }
        }
        for (String principal : PRINCIPALS) {
            for (String externalId : EXTERNAL_IDS) {
                Request.Builder assume = Request.builder().principal(principal).action("sts:AssumeRole")
                        .resource(stored.arn());
                if (!externalId.isEmpty()) {
                    assume.context("sts:ExternalId", ContextValue.of(externalId));
                }
                if (trust.evaluate(assume.build()).allowed()) {
                    String who = principal + " [" + externalId + "] ";
                    access.add(who + "sts:AssumeRole");
                    granted.forEach(grant -> access.add(who + grant));
                }
            }
        }
        return access;
    }
}
