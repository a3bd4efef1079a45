package dev.hearth.wire.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON shape of Hearth's records, in one place (ADR 0014: the engines' records are the v1 wire contract; ADR 0016:
 * stored documents use the same shape). The HTTP adapter reads request bodies and writes answers with it; the
 * PostgreSQL adapter writes and reads the documents it encrypts with it, so a stored estimate's inputs are exactly a
 * request body that {@code hearth estimate universal-credit --input} accepts.
 *
 * <p>Strict on input because a silently misread field can cost a family money: unknown fields, fractional numbers where
 * whole pence are expected, numbers for enums, strings for numbers, duplicate keys and trailing content are all
 * refused, and so is a {@code null} item in any array (or value in any object used as a map): {@code "children":
 * [{...}, null]} fails naming {@code children[1]}. Money ({@code Pence}) is a JSON integer of pence; dates are ISO-8601 strings; only record components are
 * properties (helper methods such as {@code isCouple()} never appear).
 */
public final class WireJson {

    /** Deepest nesting accepted; real documents are a few levels deep. */
    public static final int MAX_NESTING_DEPTH = 64;

    private WireJson() {
    }

    /** A new mapper with Hearth's JSON rules; thread-safe once built, so build one and share it. */
    public static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        return WireMixins.register(JsonMapper.builder(factory)
                .annotationIntrospector(new RecordComponentsOnly())
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(new AbsentPrimitivesModule())
                .addModule(new PenceJsonModule())
                // a null list item is a client bug, never "no item": refuse it with its index (InvalidNullException)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
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
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build());
    }
}
