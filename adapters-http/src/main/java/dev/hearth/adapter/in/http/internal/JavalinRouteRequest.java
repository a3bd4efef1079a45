package dev.hearth.adapter.in.http.internal;

import dev.hearth.adapter.in.http.RouteRequest;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import io.javalin.http.Context;
import java.util.Optional;

/** {@link RouteRequest} over a Javalin context; the body was read and checked before the handler runs. */
public final class JavalinRouteRequest<I> implements RouteRequest<I> {

    private final Context ctx;
    private final I body;
    private final boolean hasBody;
    private final String requestId;
    private final AuthenticatedAccount caller;

    public JavalinRouteRequest(Context ctx, I body, boolean hasBody, String requestId, AuthenticatedAccount caller) {
        this.ctx = ctx;
        this.body = body;
        this.hasBody = hasBody;
        this.requestId = requestId;
        this.caller = caller;
    }

    @Override
    public I body() {
        if (!hasBody) {
            throw new IllegalStateException("this route declares no request body");
        }
        return body;
    }

    @Override
    public String pathParam(String name) {
        return ctx.pathParam(name);
    }

    @Override
    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(ctx.queryParam(name));
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(ctx.header(name));
    }

    @Override
    public String requestId() {
        return requestId;
    }

    @Override
    public Optional<AuthenticatedAccount> caller() {
        return Optional.ofNullable(caller);
    }

    @Override
    public String clientAddress() {
        return RequestContextFilter.clientAddress(ctx.req());
    }
}
