package dev.hearth.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.hearth.adapter.in.http.internal.OpenApiBuilder;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Objects;

/**
 * The OpenAPI document of the API, generated from the same {@link RouteModule}s the server registers. {@link #json}
 * gives byte-for-byte stable output (sorted paths and schemas, two-space indent, {@code \n} line ends, final newline):
 * it is what {@code /openapi.json} serves, what {@code hearth openapi} prints and what {@code docs/openapi.json} holds.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /**
     * Title, version and description of the API as shown on the docs page.
     *
     * @param title       e.g. "Hearth API"
     * @param version     the API's version (not the build's)
     * @param description Markdown, shown on the docs page
     */
    public record ApiInfo(String title, String version, String description) {
        public ApiInfo {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(description, "description");
        }
    }

    /** The document as swagger-core models, publishing the default rate limits ({@link RateLimits#defaults()}). */
    public static OpenAPI build(ApiInfo info, List<RouteModule> modules) {
        return build(info, modules, RateLimits.defaults());
    }

    /** The document as swagger-core models, publishing {@code limits} as each operation's rate limit. */
    public static OpenAPI build(ApiInfo info, List<RouteModule> modules, RateLimits limits) {
        return new OpenApiBuilder(HttpJson.newMapper(), limits).build(info.title(), info.version(), info.description(),
                modules);
    }

    /** The document as stable, pretty-printed JSON ending with a newline, with the default rate limits. */
    public static String json(ApiInfo info, List<RouteModule> modules) {
        return json(info, modules, RateLimits.defaults());
    }

    /** The document as stable, pretty-printed JSON ending with a newline, publishing {@code limits}. */
    public static String json(ApiInfo info, List<RouteModule> modules, RateLimits limits) {
        OpenAPI api = build(info, modules, limits);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return Json.mapper().writer(printer).writeValueAsString(api) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the OpenAPI document", e);
        }
    }
}
