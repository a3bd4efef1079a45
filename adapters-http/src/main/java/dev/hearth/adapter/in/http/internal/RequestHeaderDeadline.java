package dev.hearth.adapter.in.http.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request line and headers do not arrive within the header timeout of their first byte:
 * the slowloris defence Jetty lacks (its idle timeout restarts on every byte, so a byte every few seconds holds a
 * connection for ever). Each connection is looked at every quarter of the timeout: when bytes of a new request have
 * arrived but no new request has started since, for a whole timeout, the connection is closed without an answer. A
 * kept-alive connection on which nothing arrives is left to the idle timeout; a request being handled (its body, its
 * response) is left to the idle timeout and {@link MinimumDataRateHandler}. The cut-off comes between one and one and
 * a quarter timeouts after the first byte.
 */
public final class RequestHeaderDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final long timeoutNanos;
    private final long periodNanos;

    public RequestHeaderDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeoutNanos = timeout.toNanos();
        this.periodNanos = Math.max(1, timeoutNanos / 4);
    }

    @Override
    public void onOpened(Connection connection) {
        new Watch(connection).next();
    }

    /** The watch over one connection; runs on the scheduler only, one check at a time. */
    private final class Watch implements Runnable {
        private final Connection connection;
        private long requestsIn;
        private long responsesOut;
        private long bytesIn;
        /** When bytes of a request not yet started were first seen; 0 while none. */
        private long newBytesSeenAt;

        Watch(Connection connection) {
            this.connection = connection;
        }

        void next() {
            scheduler.schedule(this, periodNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void run() {
            if (!connection.getEndPoint().isOpen()) {
                return;
            }
            long in = connection.getMessagesIn();
            long out = connection.getMessagesOut();
            long bytes = connection.getBytesIn();
            long now = System.nanoTime();
            if (in != requestsIn || out != responsesOut) {
                requestsIn = in; // a request started or finished: the client is keeping up
                responsesOut = out;
                bytesIn = bytes;
                newBytesSeenAt = 0;
            } else if (in == out && bytes != bytesIn) {
                if (newBytesSeenAt == 0) {
                    newBytesSeenAt = now;
                } else if (now - newBytesSeenAt >= timeoutNanos) {
                    connection.getEndPoint().close();
                    return;
                }
            }
            next();
        }
    }
}
