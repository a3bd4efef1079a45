/**
 * Values shared by inbound and outbound ports: how fresh a read is ({@link dev.hearth.application.port.model.Freshness},
 * {@link dev.hearth.application.port.model.Read}), pages of a list ({@link dev.hearth.application.port.model.Page},
 * {@link dev.hearth.application.port.model.PageRequest}), who is calling under which request
 * ({@link dev.hearth.application.port.model.CallContext}), and the stored household records. Plain immutable records
 * with no behaviour beyond checking their own shape.
 */
package dev.hearth.application.port.model;
