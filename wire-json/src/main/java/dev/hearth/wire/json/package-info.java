/**
 * The JSON shape of Hearth's records ({@link dev.hearth.wire.json.WireJson}): a shared library below the adapters that
 * depends on the domain and Jackson only, so the HTTP and PostgreSQL adapters agree on one shape without depending on
 * each other.
 */
package dev.hearth.wire.json;
