/** The shared quota store behind the request limits (ADR 0027). */
package dev.hearth.application.port.out.ratelimit;
