package dev.hearth.domain.uc;

import dev.hearth.domain.housing.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Children are taken in order of birth, oldest first, and children born on the same day (twins) keep the order the
 * caller gave them, exactly as the stable sort of boxed indexes the engine used before.
 */
class UcOrderOfBirthTest {

    @Test
    void orders_oldest_first_and_keeps_twins_in_the_order_given() {
        List<Child> children = List.of(child("2019-09-12"), child("2016-05-01"), child("2019-09-12"), child("2014-01-01"));
        assertThat(UniversalCredit.orderOfBirth(children)).containsExactly(3, 1, 0, 2);
    }

    @Test
    void agrees_with_a_stable_sort_of_boxed_indexes_for_any_family() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20_000; round++) {
            int n = random.nextInt(0, 9);
            List<Child> children = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // few distinct dates, so that many families have twins
                children.add(Child.of(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(0, 6) * 400L), Sex.FEMALE));
            }
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, Comparator.comparing(i -> children.get(i).dateOfBirth()));
            int[] expected = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
            assertThat(UniversalCredit.orderOfBirth(children)).as("%s", children).containsExactly(expected);
        }
    }

    private static Child child(String born) {
        return Child.of(LocalDate.parse(born), Sex.MALE);
    }
}
