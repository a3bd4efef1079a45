package dev.hearth.domain.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Field paths of list elements read as the caller wrote them, whether written in advance or on demand. */
class IndexedPathTest {

    @Test
    void names_each_element_with_the_list_name_and_its_index() {
        IndexedPath children = IndexedPath.of("children");
        for (int i = 0; i < 40; i++) {
            assertThat(children.at(i)).isEqualTo("children[" + i + "]");
        }
    }

    @Test
    void refuses_a_negative_index() {
        assertThatThrownBy(() -> IndexedPath.of("claimants").at(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
