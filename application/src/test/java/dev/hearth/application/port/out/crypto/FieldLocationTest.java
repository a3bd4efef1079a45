package dev.hearth.application.port.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The associated data that binds a ciphertext to its place is unambiguous and documented. */
class FieldLocationTest {

    @Test
    void the_associated_data_is_the_documented_length_prefixed_bytes() {
        FieldLocation location = FieldLocation.of("debt", "balance", 42);
        assertThat(HexFormat.of().formatHex(location.associatedData())).isEqualTo(""
                + "0000000f" + HexFormat.of().formatHex("hearth.field.v1".getBytes())
                + "00000004" + HexFormat.of().formatHex("debt".getBytes())
                + "00000007" + HexFormat.of().formatHex("balance".getBytes())
                + "00000002" + HexFormat.of().formatHex("42".getBytes()));
    }

    @Test
    void locations_that_would_concatenate_alike_have_different_associated_data() {
        assertThat(new FieldLocation("ab", "c", "1").associatedData())
                .isNotEqualTo(new FieldLocation("a", "bc", "1").associatedData());
    }

    @Test
    void names_must_be_plain_sql_identifiers_and_row_ids_opaque() {
        assertThatThrownBy(() -> new FieldLocation("debt; drop table x", "balance", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldLocation("debt", "Balance", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldLocation("debt", "balance", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FieldLocation("hearth.debt", "balance", "1").table()).isEqualTo("hearth.debt");
    }
}
