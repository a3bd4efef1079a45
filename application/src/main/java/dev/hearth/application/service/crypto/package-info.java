/** Field-key rotation: re-encrypting stored values under the primary key, and the census of keys in use. */
package dev.hearth.application.service.crypto;
