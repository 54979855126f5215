package dev.rudderiam.testkit;

import dev.rudderiam.policy.Action;
import java.util.List;

/**
 * An action and the ARN templates of the resources it acts on ({@code arn:${Partition}:s3:::${BucketName}}); an
 * empty list means the action takes {@code "*"} only.
 */
record ActionTemplate(Action action, List<String> arnTemplates) {
    ActionTemplate {
        arnTemplates = List.copyOf(arnTemplates);
    }
}
