package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.json.PolicyParseException;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsTest {
    // A trust policy as GetRole returns it (RFC 3986 encoding; see the GetRole API reference example).
    private static final String ENCODED = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect"
            + "%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A422074288268%3Aroot%22"
            + "%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D";

    @Test
    void decodesWhatIamReturns() {
        PrincipalSet principal = (PrincipalSet) Documents.read(ENCODED).statements().get(0).principal();
        assertEquals(List.of("arn:aws:iam::422074288268:root"), principal.byType().get(PrincipalType.AWS));
    }

    @Test
    void leavesAPlainDocumentWithPlusAndPercentAlone() {
        String plain = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/a+b%41\"}]}";

        assertEquals("arn:aws:s3:::b/a+b%41",
                Documents.read(plain).statements().get(0).resources().get(0).value());
    }

    @Test
    void refusesWhatIsNeither() {
        assertThrows(PolicyParseException.class, () -> Documents.read("not a policy"));
    }
}
