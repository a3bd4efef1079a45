package dev.hearth.application.port.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FieldEncryptionPort} must do, run against the in-memory fake and the Tink adapter.
 */
public abstract class FieldEncryptionContractTest {

    /** The implementation under test. */
    protected abstract FieldEncryptionPort encryption();

    /** An implementation of the same kind with entirely different keys. */
    protected abstract FieldEncryptionPort strangerWithOtherKeys();

    protected static final UUID ROW = UUID.fromString("0190f3a2-7c1e-7d2b-9c55-3f0e1a2b3c4d");
    protected static final FieldLocation BALANCE = FieldLocation.of("household_debt", "balance_pence", ROW);

    @Test
    void what_is_encrypted_decrypts_to_the_same_bytes_and_text() {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        assertThat(encryption().decrypt(encryption().encrypt(bytes, BALANCE), BALANCE)).isEqualTo(bytes);
        assertThat(encryption().decrypt(encryption().encrypt(new byte[0], BALANCE), BALANCE)).isEmpty();
        String text = "Bank of Ærø — £1,234.56 owed 🏠";
        assertThat(encryption().decryptString(encryption().encryptString(text, BALANCE), BALANCE)).isEqualTo(text);
    }

    @Test
    void the_ciphertext_hides_the_value_and_differs_every_time() {
        byte[] once = encryption().encryptString("123456", BALANCE);
        byte[] twice = encryption().encryptString("123456", BALANCE);
        assertThat(once).isNotEqualTo(twice);
        assertThat(new String(once, StandardCharsets.ISO_8859_1)).doesNotContain("123456");
    }

    @Test
    void a_ciphertext_moved_to_another_row_column_or_table_is_refused() {
        byte[] ciphertext = encryption().encryptString("123456", BALANCE);
        FieldLocation otherRow = FieldLocation.of("household_debt", "balance_pence", UUID.randomUUID());
        FieldLocation otherColumn = FieldLocation.of("household_debt", "arrears_pence", ROW);
        FieldLocation otherTable = FieldLocation.of("household_income", "balance_pence", ROW);

        for (FieldLocation wrong : new FieldLocation[] {otherRow, otherColumn, otherTable}) {
            assertThatThrownBy(() -> encryption().decrypt(ciphertext, wrong))
                    .as("decrypting at %s", wrong)
                    .isInstanceOfSatisfying(UndecryptableFieldException.class, e -> {
                        assertThat(e.location()).isEqualTo(wrong);
                        assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL);
                        assertThat(e.getMessage()).doesNotContain("123456");
                    });
        }
    }

    @Test
    void a_ciphertext_changed_in_any_byte_is_refused() {
        byte[] ciphertext = encryption().encryptString("123456", BALANCE);
        for (int position = 0; position < ciphertext.length; position++) {
            byte[] tampered = ciphertext.clone();
            tampered[position] ^= 0x01;
            int at = position;
            assertThatThrownBy(() -> encryption().decrypt(tampered, BALANCE)).as("flipped a bit in byte %d", at)
                    .isInstanceOf(UndecryptableFieldException.class);
        }
    }

    @Test
    void a_truncated_or_empty_ciphertext_is_refused() {
        byte[] ciphertext = encryption().encryptString("123456", BALANCE);
        byte[] truncated = java.util.Arrays.copyOf(ciphertext, ciphertext.length - 1);
        assertThatThrownBy(() -> encryption().decrypt(truncated, BALANCE))
                .isInstanceOf(UndecryptableFieldException.class);
        assertThatThrownBy(() -> encryption().decrypt(new byte[0], BALANCE))
                .isInstanceOf(UndecryptableFieldException.class);
    }

    @Test
    void a_ciphertext_made_under_keys_this_installation_does_not_hold_is_refused() {
        byte[] foreign = strangerWithOtherKeys().encryptString("123456", BALANCE);
        assertThatThrownBy(() -> encryption().decrypt(foreign, BALANCE))
                .isInstanceOf(UndecryptableFieldException.class);
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_as_text() {
        byte[] ciphertext = encryption().encrypt(new byte[] {(byte) 0xC3, (byte) 0x28}, BALANCE);
        assertThatThrownBy(() -> encryption().decryptString(ciphertext, BALANCE))
                .isInstanceOf(UndecryptableFieldException.class).hasMessageContaining("UTF-8");
    }
}
