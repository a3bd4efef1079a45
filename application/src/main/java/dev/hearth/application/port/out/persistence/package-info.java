/** Transactions across the storage ports. */
package dev.hearth.application.port.out.persistence;
