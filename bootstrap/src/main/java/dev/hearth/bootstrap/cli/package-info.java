/** The {@code hearth} subcommands, one class each; {@link dev.hearth.bootstrap.HearthMain} lists them. */
package dev.hearth.bootstrap.cli;
