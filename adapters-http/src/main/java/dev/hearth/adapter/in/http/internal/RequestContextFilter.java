package dev.hearth.adapter.in.http.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Wraps every request, outside Javalin, so that everything logged while it is handled (routing, handlers, the problem
 * mapper, the access log) carries its request id: accepts or creates the id, stores it as a request attribute, echoes
 * it in the response header and puts it in the MDC, removing it again when the request is done. Also sets the
 * response headers every answer carries.
 */
public final class RequestContextFilter implements Filter {

    /** Request attribute holding the id, for code that has the request but not the MDC. */
    public static final String ATTRIBUTE = RequestContextFilter.class.getName() + ".requestId";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String id = RequestIds.acceptOrCreate(req.getHeader(RequestIds.HEADER));
        req.setAttribute(ATTRIBUTE, id);
        res.setHeader(RequestIds.HEADER, id);
        res.setHeader("X-Content-Type-Options", "nosniff");
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** The id of a request this filter has seen. */
    public static String requestId(HttpServletRequest req) {
        Object id = req.getAttribute(ATTRIBUTE);
        return id instanceof String s ? s : RequestIds.acceptOrCreate(null);
    }
}
