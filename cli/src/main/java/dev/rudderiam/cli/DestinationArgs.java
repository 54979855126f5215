package dev.rudderiam.cli;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * One {@code --destination ID} with the {@code --param NAME=VALUE} options that follow it, up to the next
 * {@code --destination}. Used as a repeating picocli argument group. The map starts null: picocli would share an
 * initial map between the group's instances.
 */
final class DestinationArgs {
    @Option(names = "--destination", required = true, paramLabel = "ID",
            description = "Destination template id, such as S3, KINESIS, RS or S3_DATALAKE (see 'destinations').")
    String id;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter of the preceding --destination; repeat for each parameter. Lists are"
                    + " comma-separated.")
    @Nullable Map<String, String> parameters;

    /** {@return the parameters given after this destination} */
    Map<String, String> parameters() {
        return parameters == null ? Map.of() : parameters;
    }
}
