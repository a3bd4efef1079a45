/**
 * Types shared by the storage ports: how fresh a read is ({@link dev.hearth.application.port.out.persistence.Freshness},
 * {@link dev.hearth.application.port.out.persistence.Read}).
 */
package dev.hearth.application.port.out.persistence;
