package dev.hearth.adapter.in.http.household;

import java.util.List;

/**
 * Every crisis override opened on the household, oldest first (the latest 100).
 *
 * @param items the overrides
 */
public record CrisisOverrideListResponse(List<CrisisOverrideResponse> items) {
}
