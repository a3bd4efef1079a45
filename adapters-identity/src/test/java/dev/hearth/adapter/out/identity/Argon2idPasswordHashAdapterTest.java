package dev.hearth.adapter.out.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.identity.PasswordCheck;
import org.junit.jupiter.api.Test;

class Argon2idPasswordHashAdapterTest {

    private static final Argon2idPasswordHashAdapter OWASP =
            new Argon2idPasswordHashAdapter(Argon2Parameters.OWASP, 2);

    @Test
    void a_hash_is_a_phc_string_with_the_owasp_parameters_and_a_fresh_salt() {
        String first = OWASP.hash("correct horse battery staple");
        String second = OWASP.hash("correct horse battery staple");

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void the_right_password_matches_and_a_wrong_one_does_not() {
        String hash = OWASP.hash("correct horse battery staple");

        assertThat(OWASP.verify("correct horse battery staple", hash)).isEqualTo(new PasswordCheck(true, false));
        assertThat(OWASP.verify("correct horse battery stapler", hash)).isEqualTo(new PasswordCheck(false, false));
    }

    @Test
    void a_hash_made_with_weaker_parameters_still_verifies_and_asks_to_be_redone() {
        Argon2idPasswordHashAdapter weak = new Argon2idPasswordHashAdapter(new Argon2Parameters(8 * 1024, 1, 1), 1);
        String old = weak.hash("correct horse battery staple");

        assertThat(OWASP.verify("correct horse battery staple", old)).isEqualTo(new PasswordCheck(true, true));
        assertThat(OWASP.verify("wrong horse battery staple", old).needsRehash()).isFalse();
    }

    @Test
    void the_dummy_hash_has_today_s_parameters_and_matches_no_guess() {
        assertThat(OWASP.dummyHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(OWASP.verify("", OWASP.dummyHash()).matches()).isFalse();
    }

    @Test
    void a_stored_value_that_is_not_a_phc_string_never_matches() {
        assertThat(OWASP.verify("x", "plaintext-password").matches()).isFalse();
        assertThat(OWASP.verify("x", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaA").matches()).isFalse();
    }
}
