/** adapters-http. */
package dev.hearth.adapter.in.http;
