/** bootstrap. */
package dev.hearth.bootstrap;
