package dev.hearth.adapter.in.cli;

/**
 * The API's JSON, outside HTTP (ADR 0014): the calculation commands read the REST route's request body and print
 * byte for byte what the route answers, problem documents included. Bootstrap passes the HTTP adapter's codec, so the
 * command line cannot drift from the API and depends on no other adapter.
 */
public interface JsonDocumentCodec {

    /**
     * Parses a JSON document as {@code type} under the API's strict rules.
     *
     * @throws dev.hearth.application.error.ApplicationException as the API would answer (malformed JSON, a field of
     *         the wrong shape)
     */
    <T> T read(byte[] json, Class<T> type);

    /** The value as the API would answer it, indented, ending with a newline. */
    String write(Object value);

    /** The problem document the API would answer for this failure. */
    String problem(Throwable failure, String traceId);
}
