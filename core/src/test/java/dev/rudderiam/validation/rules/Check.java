package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Validator;
import java.util.List;
import java.util.stream.Collectors;

/** Runs one rule set over a JSON document and compares findings as "CODE path" lines. */
final class Check {
    private Check() {
    }

    static List<Finding> findings(RuleSet set, PolicyType type, String json) {
        return Validator.of(set).validate(PolicyJson.read(json), type).findings();
    }

    /** Asserts the findings of {@code code} are exactly at {@code paths}, in order. */
    static void assertCode(RuleSet set, PolicyType type, String json, String code, String... paths) {
        List<String> actual = findings(set, type, json).stream().filter(f -> f.code().equals(code))
                .map(Finding::path).collect(Collectors.toList());
        assertEquals(List.of(paths), actual, code + " findings");
    }

    /** {@return the codes of all findings, in order} */
    static List<String> codes(RuleSet set, PolicyType type, String json) {
        return findings(set, type, json).stream().map(Finding::code).collect(Collectors.toList());
    }
}
