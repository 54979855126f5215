/**
 * The {@code rudder-iam} command line: one picocli command class per subcommand, registered in {@link
 * dev.rudderiam.cli.Main}. Input errors print the problem (with its JSON pointer for documents) on stderr and exit
 * with {@link dev.rudderiam.cli.ExitCodes#BAD_INPUT}.
 */
@NullMarked
package dev.rudderiam.cli;

import org.jspecify.annotations.NullMarked;
