/** test-support. */
package dev.hearth.testsupport;
