package dev.hearth.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hearth.adapter.in.http.internal.JsonBodyReader;

import java.io.UncheckedIOException;

/**
 * The API's JSON outside HTTP: the CLI reads a case file and prints a result with exactly the rules and shapes of the
 * REST API, so anyone can reproduce an answer offline. Failures come out as the same problem document.
 */
public final class JsonDocuments {

    private static final ObjectMapper MAPPER = HttpJson.newMapper();
    private static final JsonBodyReader READER = new JsonBodyReader(MAPPER);

    private JsonDocuments() {
    }

    /**
     * Parses a JSON document as {@code type} under the API's strict rules.
     *
     * @throws dev.hearth.application.error.ApplicationException as the HTTP API would answer (malformed JSON, a field
     *         of the wrong shape, with the field's path)
     */
    public static <T> T read(byte[] json, Class<T> type) {
        return READER.read("application/json", json, type);
    }

    /** The value as the API would answer it, indented for reading. */
    public static String write(Object value) {
        try {
            return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem document the API would answer for this failure, indented. */
    public static String problem(Throwable failure, String traceId) {
        return write(ProblemMapper.toProblem(failure, traceId));
    }
}
