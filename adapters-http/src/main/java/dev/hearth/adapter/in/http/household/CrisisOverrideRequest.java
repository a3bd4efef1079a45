package dev.hearth.adapter.in.http.household;

/**
 * Support staff ask to read a household in a crisis.
 *
 * @param justification why, 20 to 2,000 characters, citing the section of the safeguarding policy acted under as
 *                      {@code SG-} and its number (e.g. {@code SG-4}); shown to the household and kept in the audit
 *                      trail, so describe the situation and the rule, not the person
 * @param minutes       for how long, 1 to 240 minutes
 */
public record CrisisOverrideRequest(String justification, Integer minutes) {
}
