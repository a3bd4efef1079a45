package dev.hearth.adapter.out.postgres.internal;

import dev.hearth.testsupport.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ServerAvailability.ProbeScheduler} and its {@link Clock}, both moved by the test: nothing runs until the
 * test calls {@link #runDue()} or {@link #advance(Duration)}, and then everything runs on the test's thread. A task
 * repeated with delay {@code d} runs when scheduled and then {@code d} after each run, exactly as
 * {@code scheduleWithFixedDelay} would with runs that take no time.
 */
final class ManualProbeScheduler implements ServerAvailability.ProbeScheduler {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final List<Task> tasks = new ArrayList<>();
    private boolean closed;

    /** The clock this scheduler's time is read from. */
    Clock clock() {
        return clock;
    }

    @Override
    public synchronized ServerAvailability.Repeating repeat(Runnable task, Duration delay) {
        if (closed) {
            throw new IllegalStateException("the scheduler is closed");
        }
        Task scheduled = new Task(task, delay, clock.instant());
        tasks.add(scheduled);
        return interrupt -> {
            synchronized (this) {
                tasks.remove(scheduled);
            }
        };
    }

    @Override
    public synchronized void close() {
        closed = true;
        tasks.clear();
    }

    /** Runs every task due now (one run each), earliest first. */
    void runDue() {
        Instant now = clock.instant();
        for (Task task : snapshot()) {
            if (!task.next.isAfter(now) && isScheduled(task)) {
                task.next = now.plus(task.delay);
                task.body.run();
            }
        }
    }

    /** Moves the clock forward by {@code by}, running each task at every moment it falls due on the way. */
    void advance(Duration by) {
        Instant end = clock.instant().plus(by);
        runDue();
        while (true) {
            Optional<Instant> next = nextDue();
            if (next.isEmpty() || next.get().isAfter(end)) {
                break;
            }
            clock.set(next.get());
            runDue();
        }
        clock.set(end);
    }

    /** How many tasks are scheduled (cancelled ones are gone). */
    synchronized int scheduled() {
        return tasks.size();
    }

    /** Whether {@link #close()} was called. */
    synchronized boolean closed() {
        return closed;
    }

    private synchronized List<Task> snapshot() {
        List<Task> copy = new ArrayList<>(tasks);
        copy.sort(Comparator.comparing(t -> t.next));
        return copy;
    }

    private synchronized boolean isScheduled(Task task) {
        return tasks.contains(task);
    }

    private synchronized Optional<Instant> nextDue() {
        return tasks.stream().map(t -> t.next).min(Comparator.naturalOrder());
    }

    private static final class Task {
        private final Runnable body;
        private final Duration delay;
        private Instant next;

        private Task(Runnable body, Duration delay, Instant next) {
            this.body = body;
            this.delay = delay;
            this.next = next;
        }
    }
}
