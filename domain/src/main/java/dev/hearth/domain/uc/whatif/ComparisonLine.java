package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.money.Pence;

/**
 * One line of two estimates side by side.
 *
 * @param line             what the line is, e.g. {@code "child element"} or {@code "award"}
 * @param beforePence      the amount with the household as it is
 * @param afterPence       the amount with the change
 * @param differencePence  after less before (negative when the change lowers it)
 */
public record ComparisonLine(String line, Pence beforePence, Pence afterPence, Pence differencePence) {
}
