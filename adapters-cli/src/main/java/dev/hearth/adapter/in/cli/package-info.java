/**
 * The {@code hearth} command line, a driving adapter beside HTTP (ADR 0023): each subcommand parses its options, calls
 * a use case (an inbound port) and prints the result. {@link dev.hearth.adapter.in.cli.HearthCommandLine} is the one
 * public entry; bootstrap hands it a {@link dev.hearth.adapter.in.cli.CommandLineBackend}: the use cases it wired, the
 * API's JSON codec, and the few process-lifecycle and configuration operations (serve, migrate, the keyset) that are
 * not use cases.
 */
package dev.hearth.adapter.in.cli;
