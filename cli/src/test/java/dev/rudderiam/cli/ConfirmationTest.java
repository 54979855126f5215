package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConfirmationTest {
    private static boolean answer(String text) throws IOException {
        return Confirmation.isYes(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyYesOnTheFirstLineGoesAhead() throws IOException {
        assertTrue(answer("yes\n"));
        assertTrue(answer("  YES \r\n"));
        assertTrue(answer("yes"));
        assertFalse(answer("y\n"));
        assertFalse(answer("no\nyes\n"));
        assertFalse(answer(""));
    }

    @Test
    void aNeverEndingAnswerIsANoAfterABoundedRead() throws IOException {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'y';
            }
        };
        assertFalse(Confirmation.isYes(endless));
        assertTrue(read[0] <= Confirmation.LONGEST_ANSWER + 1, read[0] + " bytes read");
    }
}
