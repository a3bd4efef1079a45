package dev.hearth.adapter.in.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.Problem;
import dev.hearth.adapter.in.http.ProblemMapper;
import dev.hearth.application.error.ErrorCode;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers, for requests that never reach Javalin (an unreadable request line or URI, headers too
 * large, a new request while shutting down), also leave as problem+json built by {@link ProblemMapper} instead of
 * Jetty's HTML page. Client faults become {@code malformed_request} (400), except 413 ({@code payload_too_large}) and
 * 503 ({@code service_unavailable}); anything else is {@code internal_error}. Nothing from the request is echoed.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    public ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String traceId = RequestIds.acceptOrCreate(request.getHeaders().get(RequestIds.HEADER));
        Problem problem = problem(code, traceId);
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(RequestIds.HEADER, traceId);
        response.write(true, ByteBuffer.wrap(bytes(problem)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Problem problem = problem(status, RequestIds.acceptOrCreate(null));
        fields.put(HttpHeader.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put(RequestIds.HEADER, problem.traceId());
        return ByteBuffer.wrap(bytes(problem));
    }

    private static Problem problem(int status, String traceId) {
        ErrorCode code;
        String detail;
        if (status == 413) {
            code = ErrorCode.PAYLOAD_TOO_LARGE;
            detail = null;
        } else if (status == 503) {
            code = ErrorCode.SERVICE_UNAVAILABLE;
            detail = null;
        } else if (status >= 400 && status < 500) {
            code = ErrorCode.MALFORMED_REQUEST;
            detail = switch (status) {
                case 414 -> "The address is too long.";
                case 431 -> "The request headers are too large.";
                default -> "The request could not be read as HTTP.";
            };
        } else {
            code = ErrorCode.INTERNAL;
            detail = null;
        }
        return ProblemMapper.toProblem(code, detail, List.of(), traceId);
    }

    private byte[] bytes(Problem problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a problem", e);
        }
    }
}
