package dev.hearth.adapter.in.http;

import dev.hearth.adapter.in.http.internal.AbsentPrimitivesModule;
import dev.hearth.adapter.in.http.internal.RecordComponentsOnly;
import dev.hearth.adapter.in.http.internal.WireMixins;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.hearth.adapter.in.http.internal.PenceJsonModule;
import com.fasterxml.jackson.core.JsonFactory;

/**
 * The JSON rules of the API, in one place. Strict on input because a silently misread field can cost a family money:
 * unknown fields, fractional numbers where whole pence are expected, numbers for enums, strings for numbers, and
 * trailing content are all refused (422 naming the field, or 400 for JSON that is not well-formed). Money
 * ({@code Pence}) is a JSON integer of pence; dates are ISO-8601 strings.
 */
public final class HttpJson {

    /** Deepest nesting accepted in a request body; real bodies are a few levels deep. */
    public static final int MAX_NESTING_DEPTH = 64;

    private HttpJson() {
    }

    /** A new mapper with the API's rules; thread-safe once built, so build one and share it. */
    public static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        return WireMixins.register(JsonMapper.builder(factory)
                .annotationIntrospector(new RecordComponentsOnly())
                .addModule(new JavaTimeModule())
                .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                .addModule(new AbsentPrimitivesModule())
                .addModule(new PenceJsonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build());
    }
}
