/** Stateless calculation routes over the domain engines (Universal Credit, debt plan, rent risk). */
package dev.hearth.adapter.in.http.calculation;
