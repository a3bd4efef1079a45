package dev.hearth.adapter.out.postgres.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import dev.hearth.application.port.out.crypto.FieldLocation;
import dev.hearth.application.port.out.crypto.UndecryptableFieldException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The keyset: ids in every ciphertext, rotation steps, and no secret in anything printable. */
class FieldKeysetTest {

    private static final FieldLocation AT = FieldLocation.of("household_debt", "balance_pence", 7);

    @Test
    void a_new_keyset_has_one_enabled_primary_key_whose_id_starts_every_ciphertext() {
        FieldKeyset keyset = FieldKeyset.generate();

        assertThat(keyset.keys()).singleElement().satisfies(k -> {
            assertThat(k.enabled()).isTrue();
            assertThat(k.primary()).isTrue();
        });
        byte[] ciphertext = TinkFieldEncryptionAdapter.create(keyset).encryptString("1234", AT);
        assertThat(ciphertext[0]).isEqualTo((byte) 0x01);
        assertThat(FieldKeyset.keyIdOf(ciphertext)).hasValue(keyset.primaryKeyId());
        assertThat(ciphertext).hasSize(4 + 5 + 12 + 16);
    }

    @Test
    void the_base64_form_round_trips_to_a_keyset_that_reads_the_same_ciphertexts() {
        FieldKeyset keyset = FieldKeyset.generate().withNewKey();
        byte[] ciphertext = TinkFieldEncryptionAdapter.create(keyset).encryptString("1234", AT);

        FieldKeyset again = FieldKeyset.fromBase64Json(keyset.toBase64Json());

        assertThat(again.keys()).isEqualTo(keyset.keys());
        assertThat(TinkFieldEncryptionAdapter.create(again).decryptString(ciphertext, AT)).isEqualTo("1234");
    }

    @Test
    void nothing_printable_contains_key_material() {
        FieldKeyset keyset = FieldKeyset.generate().withNewKey();
        Matcher value = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"").matcher(keyset.toJson());
        assertThat(value.find()).as("the JSON form holds the key material").isTrue();
        String material = value.group(1);

        assertThat(keyset.toString()).doesNotContain(material).contains(Integer.toUnsignedString(keyset.primaryKeyId()));
        assertThat(keyset.describe()).doesNotContain(material).contains("primary");
    }

    @Test
    void malformed_keysets_are_refused_without_repeating_them() {
        String secretLooking = "c2VjcmV0LWtleS1tYXRlcmlhbA";
        assertThatThrownBy(() -> FieldKeyset.fromBase64Json("not base64 at all!" + secretLooking))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(secretLooking);
        assertThatThrownBy(() -> FieldKeyset.fromBase64Json(Base64.getEncoder().encodeToString(
                ("{\"primaryKeyId\": 1, \"key\": [" + secretLooking + "]}").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(secretLooking);
    }

    @Test
    void a_keyset_whose_ciphertexts_would_not_carry_their_key_id_is_refused() throws Exception {
        KeysetHandle raw = KeysetHandle.generateNew(AesGcmParameters.builder().setKeySizeBytes(32)
                .setIvSizeBytes(12).setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build());
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(raw, InsecureSecretKeyAccess.get());

        assertThatThrownBy(() -> FieldKeyset.fromJson(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TINK output prefix");
    }

    @Test
    void a_keyset_of_another_kind_of_key_is_refused() throws Exception {
        MacConfig.register();
        KeysetHandle mac = KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG);
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(mac, InsecureSecretKeyAccess.get());

        assertThatThrownBy(() -> FieldKeyset.fromJson(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an AEAD key");
    }

    @Test
    void rotation_steps_add_then_promote_then_retire_a_key_with_old_values_readable_until_retired() {
        FieldKeyset first = FieldKeyset.generate();
        int oldKey = first.primaryKeyId();
        byte[] oldCiphertext = TinkFieldEncryptionAdapter.create(first).encryptString("1234", AT);

        FieldKeyset added = first.withNewKey();
        int newKey = added.keys().stream().filter(k -> !k.primary()).findFirst().orElseThrow().id();
        assertThat(added.primaryKeyId()).as("a new key only decrypts at first").isEqualTo(oldKey);
        assertThat(FieldKeyset.keyIdOf(TinkFieldEncryptionAdapter.create(added).encryptString("x", AT)))
                .hasValue(oldKey);

        FieldKeyset promoted = added.withPrimary(newKey);
        TinkFieldEncryptionAdapter afterPromotion = TinkFieldEncryptionAdapter.create(promoted);
        assertThat(FieldKeyset.keyIdOf(afterPromotion.encryptString("x", AT))).hasValue(newKey);
        assertThat(afterPromotion.decryptString(oldCiphertext, AT)).isEqualTo("1234");

        FieldKeyset disabled = promoted.withKeyDisabled(oldKey);
        assertThatThrownBy(() -> TinkFieldEncryptionAdapter.create(disabled).decrypt(oldCiphertext, AT))
                .isInstanceOf(UndecryptableFieldException.class)
                .hasMessageContaining("names key " + Integer.toUnsignedString(oldKey));
        assertThat(TinkFieldEncryptionAdapter.create(disabled.withKeyEnabled(oldKey)).decryptString(oldCiphertext, AT))
                .as("disabling is reversible").isEqualTo("1234");

        FieldKeyset retired = disabled.withoutKey(oldKey);
        assertThat(retired.keys()).extracting(FieldKeyset.KeyInfo::id).containsExactly(newKey);
    }

    @Test
    void the_primary_key_cannot_be_disabled_or_removed_and_unknown_ids_are_refused() {
        FieldKeyset keyset = FieldKeyset.generate().withNewKey();
        int primary = keyset.primaryKeyId();
        int other = keyset.keys().stream().filter(k -> !k.primary()).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> keyset.withKeyDisabled(primary)).hasMessageContaining("primary");
        assertThatThrownBy(() -> keyset.withoutKey(primary)).hasMessageContaining("primary");
        assertThatThrownBy(() -> keyset.withPrimary(other + 1 == primary ? other + 2 : other + 1))
                .hasMessageContaining("no key");
        assertThatThrownBy(() -> keyset.withKeyDisabled(other).withPrimary(other)).hasMessageContaining("not enabled");
    }

    @Test
    void key_ids_read_back_as_describe_prints_them() {
        FieldKeyset keyset = FieldKeyset.generate();
        assertThat(FieldKeyset.parseKeyId(Integer.toUnsignedString(keyset.primaryKeyId())))
                .isEqualTo(keyset.primaryKeyId());
        assertThatThrownBy(() -> FieldKeyset.parseKeyId("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldKeyset.parseKeyId("key")).isInstanceOf(IllegalArgumentException.class);
    }
}
