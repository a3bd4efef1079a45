/** adapters-redis. */
package dev.hearth.adapter.out.redis;
