/**
 * The field-encryption keys as operators rotate them (docs/runbooks/key-rotation.md): re-encrypting stored values under
 * the primary key, and counting which key protects how many values.
 */
package dev.hearth.application.port.in.crypto;
