/** Health routes: liveness (the process answers) and readiness (every dependency, via the readiness use case). */
package dev.hearth.adapter.in.http.health;
