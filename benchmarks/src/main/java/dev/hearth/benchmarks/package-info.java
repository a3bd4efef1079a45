/** benchmarks. */
package dev.hearth.benchmarks;
