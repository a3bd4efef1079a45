package dev.hearth.adapter.in.http.internal;

import dev.hearth.adapter.in.http.TrustedProxies;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.MDC;

/**
 * Wraps every request, outside Javalin, so that everything logged while it is handled (routing, handlers, the problem
 * mapper, the access log) carries its request id: accepts or creates the id, stores it as a request attribute, echoes
 * it in the response header and puts it in the MDC, removing it again when the request is done. Also sets the
 * response headers every answer carries, establishes the one client address of the request ({@link TrustedProxies}),
 * and hides the method-override headers from everything behind it: Javalin's {@code Context.method()} honours
 * {@code X-HTTP-Method-Override} with no switch to turn it off, which made a GET able to delete. The method of a
 * request is its request line, nothing else.
 */
public final class RequestContextFilter implements Filter {

    /** Request attribute holding the id, for code that has the request but not the MDC. */
    public static final String ATTRIBUTE = RequestContextFilter.class.getName() + ".requestId";
    /** Request attribute holding the client address. */
    public static final String CLIENT_ADDRESS = RequestContextFilter.class.getName() + ".clientAddress";
    /** Headers some frameworks read to replace the request's method; never believed here (lower case). */
    static final Set<String> METHOD_OVERRIDE_HEADERS = Set.of("x-http-method-override", "x-http-method",
            "x-method-override");

    private final TrustedProxies trustedProxies;

    public RequestContextFilter(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = new WithoutMethodOverride((HttpServletRequest) request);
        HttpServletResponse res = (HttpServletResponse) response;
        String id = RequestIds.acceptOrCreate(req.getHeader(RequestIds.HEADER));
        req.setAttribute(ATTRIBUTE, id);
        req.setAttribute(CLIENT_ADDRESS, trustedProxies.clientAddress(req.getRemoteAddr(),
                trustedProxies.any() ? Collections.list(req.getHeaders("X-Forwarded-For")) : List.of()));
        res.setHeader(RequestIds.HEADER, id);
        res.setHeader("X-Content-Type-Options", "nosniff");
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(req, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** The id of a request this filter has seen. */
    public static String requestId(HttpServletRequest req) {
        Object id = req.getAttribute(ATTRIBUTE);
        return id instanceof String s ? s : RequestIds.acceptOrCreate(null);
    }

    /** The client address of a request this filter has seen (for throttling only: never stored or logged). */
    public static String clientAddress(HttpServletRequest req) {
        Object address = req.getAttribute(CLIENT_ADDRESS);
        return address instanceof String s ? s : "unknown";
    }

    /** The request as sent, minus the method-override headers. */
    private static final class WithoutMethodOverride extends HttpServletRequestWrapper {

        WithoutMethodOverride(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            return name != null && METHOD_OVERRIDE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(WithoutMethodOverride::hidden);
            return Collections.enumeration(names);
        }

        @Override
        public int getIntHeader(String name) {
            return hidden(name) ? -1 : super.getIntHeader(name);
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }
    }
}
