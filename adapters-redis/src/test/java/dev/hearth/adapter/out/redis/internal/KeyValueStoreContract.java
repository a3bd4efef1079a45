package dev.hearth.adapter.out.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeyValueStore} must do, run against Redis and against the in-process fallback, so the fallback
 * can never quietly behave differently.
 */
abstract class KeyValueStoreContract {

    /** The store under test. */
    abstract KeyValueStore store();

    /** Lets at least {@code duration} pass for the store (real sleep for Redis, a clock step for the fallback). */
    abstract void elapse(Duration duration);

    /** Keys unique to one test, since a Redis test server is shared by the JVM. */
    final String key(String name) {
        return getClass().getSimpleName() + ":" + name + ":" + UUID.randomUUID();
    }

    @Test
    void put_if_absent_stores_once_and_refuses_a_second_value() {
        String key = key("idem");
        assertThat(store().putIfAbsent(key, "first", Duration.ofMinutes(1))).isTrue();
        assertThat(store().putIfAbsent(key, "second", Duration.ofMinutes(1))).isFalse();
        assertThat(store().get(key)).contains("first");
    }

    @Test
    void a_value_is_gone_after_its_time_to_live() {
        String key = key("ttl");
        store().putIfAbsent(key, "v", Duration.ofMillis(150));
        elapse(Duration.ofMillis(400));
        assertThat(store().get(key)).isEmpty();
        assertThat(store().putIfAbsent(key, "again", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void delete_removes_and_says_whether_anything_was_there() {
        String key = key("del");
        store().putIfAbsent(key, "v", Duration.ofMinutes(1));
        assertThat(store().delete(key)).isTrue();
        assertThat(store().delete(key)).isFalse();
        assertThat(store().get(key)).isEmpty();
    }

    @Test
    void delete_if_value_removes_only_the_holder_s_value() {
        KeyValueStore store = store();
        String key = key("lease");
        assertThat(store.putIfAbsent(key, "first", Duration.ofMinutes(1))).isTrue();
        assertThat(store.deleteIfValue(key, "second")).isFalse();
        assertThat(store.get(key)).contains("first");
        assertThat(store.deleteIfValue(key, "first")).isTrue();
        assertThat(store.get(key)).isEmpty();
        assertThat(store.deleteIfValue(key, "first")).isFalse();
    }

    @Test
    void a_missing_key_has_no_value() {
        assertThat(store().get(key("missing"))).isEmpty();
    }

    @Test
    void increments_count_within_a_window_and_start_again_after_it() {
        String key = key("rate");
        assertThat(store().incrementInWindow(key, Duration.ofMillis(300))).isEqualTo(1);
        assertThat(store().incrementInWindow(key, Duration.ofMillis(300))).isEqualTo(2);
        assertThat(store().incrementInWindow(key, Duration.ofMillis(300))).isEqualTo(3);
        elapse(Duration.ofMillis(600));
        assertThat(store().incrementInWindow(key, Duration.ofMillis(300))).isEqualTo(1);
    }

    @Test
    void later_increments_do_not_extend_the_window() {
        String key = key("fixed");
        store().incrementInWindow(key, Duration.ofMillis(400));
        elapse(Duration.ofMillis(250));
        store().incrementInWindow(key, Duration.ofMillis(400));
        elapse(Duration.ofMillis(350));
        assertThat(store().incrementInWindow(key, Duration.ofMillis(400))).isEqualTo(1);
    }

    @Test
    void a_time_to_live_must_be_positive() {
        assertThatThrownBy(() -> store().putIfAbsent(key("zero"), "v", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().incrementInWindow(key("neg"), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
