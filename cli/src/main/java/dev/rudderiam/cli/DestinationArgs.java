package dev.rudderiam.cli;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * One {@code --destination ID} with the {@code --param NAME=VALUE} options that follow it, up to the next
 * {@code --destination}. Used as a repeating picocli argument group; the list starts null, as picocli would share
 * an initial list between the group's instances. A parameter given twice is refused rather than
 * silently keeping the last value.
 */
final class DestinationArgs {
    @Option(names = "--destination", required = true, paramLabel = "ID",
            description = "Destination template id, such as S3, KINESIS, RS or S3_DATALAKE (see 'destinations').")
    String id;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter of the preceding --destination; repeat for each parameter, once each. Lists"
                    + " are comma-separated.")
    @Nullable List<String> parameters;

    /**
     * {@return the parameters given after this destination, by name}
     *
     * @throws IllegalArgumentException when one is not NAME=VALUE or a name is given twice
     */
    Map<String, String> parameters() {
        return KeyValues.parse("--param", "destination " + id + ": ", parameters == null ? List.of() : parameters);
    }
}
