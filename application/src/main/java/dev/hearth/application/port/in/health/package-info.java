/** Inbound port for health: is Hearth ready to serve, and how is each dependency doing. */
package dev.hearth.application.port.in.health;
