/** Health use cases: readiness over every wired dependency. */
package dev.hearth.application.service.health;
