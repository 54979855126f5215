package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.corpus.CorpusFiles;
import dev.rudderiam.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every AWS managed policy in the corpus reads, writes and reads back to the same document. */
class CorpusRoundTripTest {

    @Test
    void everyManagedPolicyRoundTrips() {
        Map<String, String> corpus = CorpusFiles.managedPolicies();
        assertEquals(1388, corpus.size());
        List<String> failures = new ArrayList<>();
        corpus.forEach((name, text) -> {
            try {
                PolicyDocument original = PolicyJson.read(text);
                String written = PolicyJson.write(original);
                PolicyDocument reread = PolicyJson.read(written);
                if (!reread.equals(original) || !reread.semanticallyEquals(original)) {
                    failures.add(name + ": read(write(doc)) differs");
                }
                if (!PolicyJson.write(reread).equals(written)) {
                    failures.add(name + ": write is not stable");
                }
                if (!PolicyJson.read(PolicyJson.write(original, JsonStyle.PRETTY)).equals(original)) {
                    failures.add(name + ": pretty form does not read back");
                }
            } catch (PolicyParseException e) {
                failures.add(name + ": " + e.getMessage());
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures);
    }
}
