/** adapters-postgres. */
package dev.hearth.adapter.out.postgres;
