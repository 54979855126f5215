package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A document reads the same whether IAM returned it URL-encoded or an emulator returned it plain. */
class DocumentsProperties {

    @Property
    void plainAndUrlEncodedFormsReadTheSame(@ForAll("documents") PolicyDocument document) {
        String plain = PolicyJson.write(document, JsonStyle.PRETTY);
        String encoded = URLEncoder.encode(PolicyJson.write(document), StandardCharsets.UTF_8).replace("+", "%20");

        assertEquals(document, Documents.read(plain));
        assertEquals(document, Documents.read("\n  " + plain));
        assertEquals(document, Documents.read(encoded));
    }

    @Provide
    Arbitrary<PolicyDocument> documents() {
        return Arbitraries.strings().withChars("ab+%/ *=-?&").ofMinLength(1).ofMaxLength(20).list().ofMinSize(1)
                .ofMaxSize(4).uniqueElements()
                .map(keys -> {
                    Statement.Builder statement = Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject");
                    keys.forEach(key -> statement.addResource("arn:aws:s3:::bucket/" + key));
                    return PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17)
                            .addStatement(statement.build()).build();
                });
    }
}
