package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import dev.rudderiam.policy.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** A policy document nested in a larger JSON value is written in place, as the canonical writer lays it out. */
class JsonValuesProperties {
    @Property(tries = 200)
    @Domain(PolicyDomain.class)
    void aNestedDocumentHasTheCanonicalFormsValues(@ForAll PolicyDocument document) {
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("name", "role");
        outer.put("policy", document);
        for (JsonStyle style : JsonStyle.values()) {
            Map<?, ?> back = (Map<?, ?>) JsonValues.read(JsonValues.write(outer, style), Integer.MAX_VALUE);
            assertEquals(List.of("name", "policy"), List.copyOf(back.keySet()));
            assertEquals(JsonValues.read(PolicyJson.write(document), Integer.MAX_VALUE), back.get("policy"));
        }
    }

    @Property(tries = 300)
    @Domain(PolicyDomain.class)
    void aDocumentsValuesAreThoseOfItsCanonicalText(@ForAll PolicyDocument document) {
        Object values = JsonValues.of(document);
        assertEquals(JsonValues.read(PolicyJson.write(document), Integer.MAX_VALUE), values);
        assertEquals(List.copyOf(((Map<?, ?>) JsonValues.read(PolicyJson.write(document), Integer.MAX_VALUE))
                .keySet()), List.copyOf(((Map<?, ?>) values).keySet()), "keys in the canonical order");
    }

    @Example
    void aNestedDocumentIsWrittenInTheLayoutOfTheValueAroundIt() {
        PolicyDocument document = PolicyDocument.builder().addStatement(Statement.builder().effect(Effect.ALLOW)
                .addAction("s3:GetObject").addResource("arn:aws:s3:::b/*").build()).build();
        assertEquals("[{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/*\"}]}]", JsonValues.write(List.of(document)));
        assertEquals("[ {\n  \"Version\" : \"2012-10-17\",\n  \"Statement\" : [ {\n    \"Effect\" : \"Allow\",\n"
                + "    \"Action\" : \"s3:GetObject\",\n    \"Resource\" : \"arn:aws:s3:::b/*\"\n  } ]\n} ]",
                JsonValues.write(List.of(document), JsonStyle.PRETTY));
    }

    /**
     * Writing a document the model holds never fails for the bounds of reading: before, the document was written,
     * re-read under the reader's bounds (numbers of at most 100 characters) and the values written.
     */
    @Example
    void aDocumentWithALongNumberIsWrittenNested() {
        String digits = "1".repeat(120);
        PolicyDocument document = PolicyDocument.builder().addStatement(Statement.builder().effect(Effect.ALLOW)
                .addAction("s3:GetObject").addResource("*").addCondition(ConditionOperator.of("NumericLessThan"),
                        ConditionKey.of("s3:max-keys"), ConditionValue.parseNumber(digits)).build()).build();
        assertEquals("{\"policy\":" + PolicyJson.write(document) + "}",
                JsonValues.write(Map.of("policy", document)));
    }
}
