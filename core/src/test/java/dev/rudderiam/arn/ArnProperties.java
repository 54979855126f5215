package dev.rudderiam.arn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
