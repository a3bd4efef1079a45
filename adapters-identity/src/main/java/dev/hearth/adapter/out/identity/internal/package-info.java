/** Internals of the identity adapter: PHC string encoding. Not for use outside this module. */
package dev.hearth.adapter.out.identity.internal;
