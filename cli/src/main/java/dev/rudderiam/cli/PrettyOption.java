package dev.rudderiam.cli;

import dev.rudderiam.json.JsonStyle;
import picocli.CommandLine.Option;

/**
 * The {@code --pretty} flag of every command that prints JSON, mapped to the library's one way of asking for indented
 * JSON, {@link JsonStyle}.
 */
class PrettyOption {
    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    /** {@return {@link JsonStyle#PRETTY} when {@code --pretty} was given, else {@link JsonStyle#COMPACT}} */
    JsonStyle style() {
        return pretty ? JsonStyle.PRETTY : JsonStyle.COMPACT;
    }
}
