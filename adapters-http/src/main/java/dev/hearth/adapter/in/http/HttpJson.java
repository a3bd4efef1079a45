package dev.hearth.adapter.in.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.wire.json.WireJson;

/**
 * The JSON rules of the API: those of {@link WireJson}, shared with stored documents. Strict on input because a
 * silently misread field can cost a family money: unknown fields, fractional numbers where whole pence are expected,
 * numbers for enums, strings for numbers, and trailing content are all refused (422 naming the field, or 400 for JSON
 * that is not well-formed). Money ({@code Pence}) is a JSON integer of pence; dates are ISO-8601 strings.
 */
public final class HttpJson {

    /** Deepest nesting accepted in a request body; real bodies are a few levels deep. */
    public static final int MAX_NESTING_DEPTH = WireJson.MAX_NESTING_DEPTH;

    private HttpJson() {
    }

    /** A new mapper with the API's rules; thread-safe once built, so build one and share it. */
    public static ObjectMapper newMapper() {
        return WireJson.newMapper();
    }
}
