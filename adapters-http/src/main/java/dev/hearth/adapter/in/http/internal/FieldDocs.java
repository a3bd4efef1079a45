package dev.hearth.adapter.in.http.internal;

import io.swagger.v3.oas.models.media.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Field descriptions for the OpenAPI document, taken from the {@code @param} Javadoc of the domain's records (the one
 * place an auditor and a Java caller read them too). The resource {@code field-docs.properties} ({@code Type.field =
 * text}) is generated from the sources and kept in step by {@code FieldDocsTest} in bootstrap.
 *
 * <p>The same text says when a field is {@code null} ("or null", "null when none"): such a field is documented
 * {@code nullable: true}, so the Javadoc is the one place a field's nullability is declared, for the Java caller, the
 * auditor and a client generated from the document alike. A field whose text never names {@code null} is never
 * {@code null} in an answer; the end-to-end tests check every answer against the document.
 */
public final class FieldDocs {

    /** Classpath location of the generated descriptions. */
    public static final String RESOURCE = "/dev/hearth/adapter/in/http/field-docs.properties";

    /** The word null, as a value the field can take (not "never null", "not null", "non-null"). */
    private static final Pattern STATES_NULL = Pattern.compile("(?<!never |not |non-)\\bnull\\b");

    private final Properties docs = new Properties();

    private FieldDocs() {
        try (InputStream in = FieldDocs.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                docs.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static FieldDocs load() {
        return new FieldDocs();
    }

    /** The schema of the value {@code null} alone. */
    private static Schema<Object> onlyNull() {
        Schema<Object> onlyNull = new Schema<>();
        onlyNull.setType("object");   // 3.0.3: nullable takes effect only beside a type; the enum leaves null alone
        onlyNull.setNullable(true);
        onlyNull.addEnumItemObject(null);
        return onlyNull;
    }

    /** Whether a field's description says it can be {@code null}. */
    public static boolean statesNull(String description) {
        return STATES_NULL.matcher(description).find();
    }

    /**
     * Sets the description of every documented property of every schema, keeping any description already there (the
     * money unit sentence) after the field's own text, and marks the property nullable when that text says it can be
     * {@code null}.
     */
    @SuppressWarnings("rawtypes")
    public void describe(Map<String, Schema> schemas) {
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            describe(entry.getKey(), entry.getValue().getProperties());
            List<Schema> parts = entry.getValue().getAllOf();
            if (parts != null) {
                // a subtype (e.g. LhaSource's Supplied) documents its own fields inside allOf
                parts.forEach(part -> describe(entry.getKey(), part.getProperties()));
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void describe(String schemaName, Map<String, Schema> properties) {
        if (properties == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            String text = docs.getProperty(schemaName + "." + property.getKey());
            if (text == null) {
                continue;
            }
            Schema<?> schema = property.getValue();
            String own = text.endsWith(".") ? text : text + ".";
            boolean nullable = statesNull(text) || Boolean.TRUE.equals(schema.getNullable());
            if (schema.get$ref() != null) {
                // OpenAPI 3.0 ignores siblings of $ref, so a described reference is an allOf of one; a nullable one is
                // oneOf the reference or null (3.0.3: nullable beside allOf would not let null past the reference)
                Schema<?> reference = new Schema<>().$ref(schema.get$ref());
                Schema<?> described = nullable ? new Schema<>().oneOf(List.of(reference, onlyNull()))
                        : new Schema<>().allOf(List.of(reference));
                described.setDescription(own);
                property.setValue(described);
                continue;
            }
            String existing = schema.getDescription();
            schema.setDescription(existing == null || existing.isBlank() ? own : own + " " + existing);
            if (nullable) {
                schema.setNullable(true);
                if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
                    // OpenAPI 3.0.3: nullable does not widen an enum; null must be one of its values too
                    ((Schema<Object>) schema).addEnumItemObject(null);
                }
            }
        }
    }
}
