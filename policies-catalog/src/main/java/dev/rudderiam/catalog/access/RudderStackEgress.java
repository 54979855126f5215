package dev.rudderiam.catalog.access;

import java.util.List;
import java.util.Locale;

/**
 * The addresses RudderStack Cloud's servers send requests from, by data plane region and plan: the values of
 * {@code aws:SourceIp} in RudderStack's requests. A policy that allowlists RudderStack must allow every address of
 * the customer's region and plan: any of them may send any request.
 *
 * <p>Source: the egress IP allowlist RudderStack publishes for its Cloud workspaces, as recorded in the project's
 * reference notes on RudderStack's destinations ("Partition facts"), copied on 2026-12-01. RudderStack itself does
 * not recommend an {@code aws:SourceIp} condition on the role (the addresses may change); the list is used here
 * to check policies that have one.
 */
public enum RudderStackEgress {
    /** US data plane, Free, Starter and Growth plans. */
    US_FREE_STARTER_GROWTH("3.216.35.97", "18.214.35.254", "23.20.96.9", "34.198.90.241", "34.211.241.254",
            "52.38.160.231", "54.147.40.62"),
    /** US data plane, Enterprise plan. */
    US_ENTERPRISE("3.216.35.97", "34.198.90.241", "44.236.60.231", "54.147.40.62", "100.20.239.77"),
    /** EU data plane, Free, Starter and Growth plans. */
    EU_FREE_STARTER_GROWTH("3.123.104.182", "3.125.132.33", "18.198.90.215", "18.196.167.201"),
    /** EU data plane, Enterprise plan. */
    EU_ENTERPRISE("3.66.99.198", "3.64.201.167", "3.123.104.182", "3.125.132.33");

    private final List<String> addresses;

    RudderStackEgress(String... addresses) {
        this.addresses = List.of(addresses);
    }

    /** {@return the IPv4 addresses, as published} */
    public List<String> addresses() {
        return addresses;
    }

    /**
     * {@return the list for a data plane region and plan}
     *
     * @param region {@code US} or {@code EU}, any case
     * @param plan {@code free}, {@code starter}, {@code growth} or {@code enterprise}, any case
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static RudderStackEgress of(String region, String plan) {
        String r = region.toUpperCase(Locale.ROOT);
        String p = plan.toLowerCase(Locale.ROOT);
        if (!r.equals("US") && !r.equals("EU")) {
            throw new IllegalArgumentException("RudderStack region '" + region + "' is invalid: expected US or EU");
        }
        boolean enterprise;
        switch (p) {
            case "free", "starter", "growth" -> enterprise = false;
            case "enterprise" -> enterprise = true;
            default -> throw new IllegalArgumentException("RudderStack plan '" + plan + "' is invalid: expected free,"
                    + " starter, growth or enterprise");
        }
        return valueOf(r + (enterprise ? "_ENTERPRISE" : "_FREE_STARTER_GROWTH"));
    }
}
