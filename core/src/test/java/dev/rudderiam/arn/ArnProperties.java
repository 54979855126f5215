package dev.rudderiam.arn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.arn.internal.ArnText;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class ArnProperties {

    @Property
    void parseOfToStringIsIdentity(@ForAll @AlphaChars @NotEmpty String service, @ForAll @AlphaChars String region,
            @ForAll @NumericChars @StringLength(12) String account, @ForAll @NotEmpty String resource) {
        Arn arn = new Arn("aws", service, region, account, resource);
        assertEquals(arn, Arn.parse(arn.toString()));
    }

    @Property
    void tryParseNeverThrows(@ForAll String text) {
        Arn.tryParse(text).ifPresent(arn -> assertEquals(text, arn.toString()));
    }

    /**
     * An ARN read in place has the parts of the six-field split {@code arn:partition:service:region:account:resource}
     * (the resource keeps its own colons), and reads exactly the texts with {@code arn} first and a partition,
     * service and resource.
     */
    @Property(tries = 2000)
    void arnTextReadsTheSixFields(@ForAll("arnLike") String text) {
        String[] fields = text.split(":", 6);
        boolean isArn = fields.length == 6 && fields[0].equals("arn") && !fields[1].isEmpty()
                && !fields[2].isEmpty() && !fields[5].isEmpty();
        Optional<ArnText> read = ArnText.tryParse(text);
        assertEquals(isArn, read.isPresent(), text);
        assertEquals(isArn, Arn.tryParse(text).isPresent(), text);
        read.ifPresent(arn -> {
            assertEquals(List.of(fields[1], fields[2], fields[3], fields[4], fields[5]),
                    List.of(arn.partition(), arn.service(), arn.region(), arn.account(), arn.resource()));
            assertEquals(Optional.of(new Arn(fields[1], fields[2], fields[3], fields[4], fields[5])),
                    Arn.tryParse(text));
            assertEquals(text, arn.toString());
        });
    }

    /** A partition id parses as written exactly when the constructor takes it; anything else is empty. */
    @Property
    void partitionTryParseTakesWhatTheConstructorTakes(@ForAll("partitionLike") String id) {
        Optional<Partition> constructed;
        try {
            constructed = Optional.of(new Partition(id));
        } catch (IllegalArgumentException notAPartition) {
            constructed = Optional.empty();
        }
        assertEquals(constructed, Partition.tryParse(id), id);
    }

    @Provide
    Arbitrary<String> partitionLike() {
        return Arbitraries.strings().withChars("aws-cnA1*? ").ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> arnLike() {
        Arbitrary<String> field = Arbitraries.strings().withChars("aws3*:/-1").ofMaxLength(6);
        return Arbitraries.oneOf(field.list().ofMaxSize(8).map(parts -> String.join(":", parts)),
                field.list().ofMaxSize(7).map(parts -> "arn:" + String.join(":", parts)));
    }
}
