/**
 * The composition root: {@link dev.hearth.bootstrap.HearthMain} (the {@code hearth} executable, whose subcommands live in adapters-cli),
 * {@link dev.hearth.bootstrap.Hearth} (wires adapters, use cases and routes with plain constructors; no DI framework),
 * {@link dev.hearth.bootstrap.UseCases} and {@link dev.hearth.bootstrap.HearthApi} (the route modules served and
 * documented).
 */
package dev.hearth.bootstrap;
