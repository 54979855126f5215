package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTest {

    @Test
    void accountsAndGlobalKeysAreDerived() {
        // reference_policies_condition-keys.html: aws:PrincipalArn, aws:PrincipalAccount and, for IAM users,
        // aws:username are in every request context.
        Request request = Request.builder().principal("arn:aws:iam::111122223333:user/path/alice")
                .action("s3:GetObject").resource("arn:aws:s3:::bucket/key").build();
        assertEquals("111122223333", request.principalAccount());
        assertEquals("111122223333", request.resourceAccount());
        assertEquals(List.of("alice"), request.context().get("aws:username").values());
        assertEquals(List.of("111122223333"), request.context().get("aws:PrincipalAccount").values());
        Request queue = request.toBuilder().resource("arn:aws:sqs:us-east-1:444455556666:q").build();
        assertEquals("444455556666", queue.resourceAccount());
    }

    @Test
    void toBuilderDerivesAgainForANewPrincipal() {
        Request alice = Request.builder().principal("arn:aws:iam::111122223333:user/alice").action("s3:GetObject")
                .resource("*").context("aws:PrincipalTag/team", "red").build();
        Request bob = alice.toBuilder().principal("arn:aws:iam::444455556666:user/bob").build();
        assertEquals(List.of("bob"), bob.context().get("aws:username").values());
        assertEquals("444455556666", bob.principalAccount());
        assertEquals(List.of("red"), bob.context().get("aws:PrincipalTag/team").values());
    }

    @Test
    void badInputNamesTheFieldAndTheRule() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Request.builder().action("s3:GetObject").resource("*").build());
        assertTrue(missing.getMessage().contains("request principal is missing"), missing.getMessage());
        IllegalArgumentException principal = assertThrows(IllegalArgumentException.class,
                () -> Request.builder().principal("111122223333").action("s3:GetObject").resource("*").build());
        assertTrue(principal.getMessage().contains("request principal '111122223333' is invalid"),
                principal.getMessage());
        IllegalArgumentException account = assertThrows(IllegalArgumentException.class,
                () -> Request.builder().resourceAccount("12345"));
        assertTrue(account.getMessage().contains("'12345'"), account.getMessage());
        IllegalArgumentException ip = assertThrows(IllegalArgumentException.class,
                () -> ContextValue.of(ContextValue.Type.IP_ADDRESS, "not-an-ip"));
        assertTrue(ip.getMessage().contains("'not-an-ip' is invalid: it is not of type IP_ADDRESS"), ip.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ContextValue(ContextValue.Type.STRING, List.of("a", "b"), false));
    }
}
