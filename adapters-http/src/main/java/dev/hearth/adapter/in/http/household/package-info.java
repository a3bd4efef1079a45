/** REST routes of stored households, their debts and saved estimates ({@link dev.hearth.adapter.in.http.household.HouseholdRoutes}). */
package dev.hearth.adapter.in.http.household;
