package dev.hearth.adapter.in.http.household;

import java.util.List;

/**
 * A page of a household's debts, in the order they were added.
 *
 * @param items            the debts on this page
 * @param nextCursor       pass as {@code cursor} to read the next page; null on the last page
 * @param dataMayBeDelayed true when this page was read from a replica while the primary database was unreachable
 */
public record DebtListResponse(List<DebtResponse> items, String nextCursor, boolean dataMayBeDelayed) {
}
