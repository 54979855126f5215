package dev.rudderiam.reference;

import java.util.List;
import java.util.Objects;

/**
 * A resource type of a service.
 *
 * @param name the resource type name, such as {@code bucket}
 * @param arnFormat the ARN template, such as {@code arn:${Partition}:s3:::${BucketName}}
 * @param conditionKeys the condition keys the resource type supports
 */
public record ResourceTypeInfo(String name, String arnFormat, List<String> conditionKeys) {
    /** Copies the list. */
    public ResourceTypeInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arnFormat, "arn format");
        conditionKeys = List.copyOf(conditionKeys);
    }
}
