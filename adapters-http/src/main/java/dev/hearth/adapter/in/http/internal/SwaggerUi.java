package dev.hearth.adapter.in.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code /docs} page: Swagger UI from the {@code org.webjars:swagger-ui} jar, pointed at {@code /openapi.json}.
 * Only the few files the page needs are served (under {@code /docs/assets/}), and the page carries no inline script.
 */
public final class SwaggerUi {

    /** Path of the page. */
    public static final String PAGE = "/docs";
    /** Prefix of its assets. */
    public static final String ASSETS = "/docs/assets/";

    private static final String INIT = "hearth-init.js";
    private static final Map<String, String> ASSET_TYPES = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            INIT, "text/javascript; charset=utf-8");

    private final String webjarRoot;
    private final String openApiPath;

    public SwaggerUi(String openApiPath) {
        this.openApiPath = openApiPath;
        this.webjarRoot = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    }

    private static String webjarVersion() {
        try (InputStream in = SwaggerUi.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML page. */
    public String html() {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Hearth API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                  <link rel="icon" type="image/png" href="%1$sfavicon-32x32.png">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script src="%1$sswagger-ui-standalone-preset.js"></script>
                  <script src="%1$s%2$s"></script>
                </body>
                </html>
                """.formatted(ASSETS, INIT);
    }

    /** The content type of an asset, if it is one the page uses. */
    public Optional<String> contentType(String name) {
        return Optional.ofNullable(ASSET_TYPES.get(name));
    }

    /** An asset's bytes, if it is one the page uses. */
    public Optional<byte[]> asset(String name) {
        if (!ASSET_TYPES.containsKey(name)) {
            return Optional.empty();
        }
        if (name.equals(INIT)) {
            return Optional.of(("""
                    window.onload = function () {
                      window.ui = SwaggerUIBundle({
                        url: "%s",
                        dom_id: "#swagger-ui",
                        deepLinking: true,
                        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                        layout: "StandaloneLayout"
                      });
                    };
                    """.formatted(openApiPath)).getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(webjarRoot + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
