/** adapters-push. */
package dev.hearth.adapter.out.push;
