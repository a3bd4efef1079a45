/**
 * Internals of the Redis adapters: the Jedis client's health check, a small expiring key-value store in two forms
 * (Redis, and the in-process fallback used when no Redis is configured) and the translation of Jedis failures into
 * {@link dev.hearth.application.error.ApplicationException}. Nothing outside adapters-redis may use this package.
 */
package dev.hearth.adapter.out.redis.internal;
