/** Request limits shared by every Hearth instance (ADR 0027). */
package dev.hearth.application.port.in.ratelimit;
