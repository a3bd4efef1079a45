package dev.hearth.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    @Test
    void credentials_in_the_url_are_never_printed() {
        assertThat(new RedisSettings("redis://hearth:hunter2@cache.internal:6380/2").toString())
                .isEqualTo("RedisSettings[url=redis://***@cache.internal:6380/2]");
        assertThat(new RedisSettings("rediss://:hunter2@cache:6380").toString()).doesNotContain("hunter2");
    }

    @Test
    void no_url_means_the_in_process_fallback() {
        assertThat(RedisSettings.inProcess().isInProcess()).isTrue();
        assertThat(RedisSettings.inProcess().toString()).contains("in-process fallback");
    }

    @Test
    void a_url_of_another_scheme_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> new RedisSettings("http://user:hunter2@cache"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }
}
