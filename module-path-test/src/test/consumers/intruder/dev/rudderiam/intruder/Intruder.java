package dev.rudderiam.intruder;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.validation.internal.SharedPass;

/** Reaches for packages the core module does not export: must not compile. */
public final class Intruder {
    public static void main(String[] args) {
        System.out.println(ArnText.tryParse("arn:aws:s3:::b") + " " + SharedPass.class);
    }
}
