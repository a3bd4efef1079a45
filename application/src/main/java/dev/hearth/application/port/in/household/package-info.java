/**
 * Use cases of stored households: the household and its facts, its debts, and Universal Credit estimates saved for it
 * and replayed. Changes name the version they are based on (optimistic concurrency), run in one transaction with their
 * audit event, and are checked with the engines' own rules.
 */
package dev.hearth.application.port.in.household;
