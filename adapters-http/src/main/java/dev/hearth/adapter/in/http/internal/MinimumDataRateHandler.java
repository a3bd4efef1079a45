package dev.hearth.adapter.in.http.internal;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses a request body that arrives, or a response that is taken, slower than a minimum average rate per request
 * (Jetty 12's own {@code MinimumDataRateHandler} averages over every request the handler has seen, and
 * {@code HttpConfiguration.setMinRequestDataRate} is no longer enforced). The rate is judged at each read or write,
 * from the first one, once the grace period has passed; a client that sends or takes nothing at all is the idle
 * timeout's business. A slow body reads as a {@link TimeoutException} (answered 400 and the connection closed); a
 * slow reader's write fails and the connection is closed.
 */
public final class MinimumDataRateHandler extends Handler.Wrapper {

    /** The message of the failure a too-slow body reads as. */
    public static final String TOO_SLOW = "request body arrives too slowly";

    private final long minBytesPerSecond;
    private final long graceNanos;

    public MinimumDataRateHandler(long minBytesPerSecond, Duration grace) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceNanos = grace.toNanos();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(new RateRequest(request), new RateResponse(request, response), callback);
    }

    /** Whether {@code bytes} since {@code startNanos} is below the minimum rate, judged after the grace period. */
    private boolean tooSlow(long startNanos, long bytes) {
        long elapsed = System.nanoTime() - startNanos;
        return elapsed > graceNanos && bytes * 1_000_000_000L < minBytesPerSecond * elapsed;
    }

    private final class RateRequest extends Request.Wrapper {
        private long firstReadNanos;
        private long bytesRead;
        private Content.Chunk failure;

        RateRequest(Request wrapped) {
            super(wrapped);
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) {
                return failure;
            }
            if (firstReadNanos == 0) {
                firstReadNanos = System.nanoTime();
            }
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) {
                return chunk;
            }
            bytesRead += chunk.remaining();
            if (!chunk.isLast() && tooSlow(firstReadNanos, bytesRead)) {
                chunk.release();
                failure = Content.Chunk.from(new TimeoutException(TOO_SLOW), true);
                return failure;
            }
            return chunk;
        }
    }

    private final class RateResponse extends Response.Wrapper {
        private long firstWriteNanos;
        private long bytesWritten;

        RateResponse(Request request, Response wrapped) {
            super(request, wrapped);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (firstWriteNanos == 0) {
                firstWriteNanos = System.nanoTime();
            } else if (tooSlow(firstWriteNanos, bytesWritten)) {
                getRequest().getConnectionMetaData().getConnection().getEndPoint().close();
                callback.failed(new TimeoutException("response taken too slowly"));
                return;
            }
            bytesWritten += content == null ? 0 : content.remaining();
            super.write(last, content, callback);
        }
    }
}
