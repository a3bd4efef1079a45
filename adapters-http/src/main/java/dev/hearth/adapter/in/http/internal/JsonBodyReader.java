package dev.hearth.adapter.in.http.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.hearth.adapter.in.http.ProblemMapper;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.domain.validation.InvalidInputException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a request body into its DTO, or into the right problem: 415 for a content type other than JSON, 400 for JSON
 * that is not well-formed (or empty), 422 naming the field for JSON of the wrong shape (unknown field, wrong type,
 * unknown enum value, fractional pence). Messages describe what was expected and never repeat what was sent.
 */
public final class JsonBodyReader {

    private final ObjectMapper mapper;

    public JsonBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Whether a Content-Type header names JSON: {@code application/json} or {@code application/*+json}. */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    /** Checks the content type, then parses {@code body} as {@code type}. */
    public <T> T read(String contentType, byte[] body, Class<T> type) {
        if (!isJson(contentType)) {
            throw new ApplicationException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request body as application/json.");
        }
        if (body.length == 0) {
            throw new ApplicationException(ErrorCode.MALFORMED_REQUEST,
                    "The request body is empty; this route expects a JSON object.");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new ApplicationException(ErrorCode.MALFORMED_REQUEST,
                        "The request body is null; this route expects a JSON object.");
            }
            return value;
        } catch (ValueInstantiationException e) {
            throw fromConstructor(e);
        } catch (StreamConstraintsException e) {
            throw new ApplicationException(ErrorCode.MALFORMED_REQUEST,
                    "The request body is nested too deeply or has a value that is too long.");
        } catch (StreamReadException e) {
            throw new ApplicationException(ErrorCode.MALFORMED_REQUEST, null);
        } catch (JsonMappingException e) {
            throw fromShape(e);
        } catch (JacksonException e) {
            throw new ApplicationException(ErrorCode.MALFORMED_REQUEST, null);
        } catch (IOException e) {
            throw new ApplicationException(ErrorCode.MALFORMED_REQUEST, "The request body could not be read.");
        }
    }

    /**
     * Turns a JSON tree into its DTO with the same rules and the same problems as a request body (used for a merge
     * patch applied to a stored document: the patched document is checked exactly as if it had been sent whole).
     */
    public <T> T fromTree(JsonNode tree, Class<T> type) {
        try {
            T value = mapper.treeToValue(tree, type);
            if (value == null) {
                throw new ApplicationException(ErrorCode.MALFORMED_REQUEST, "The document is null.");
            }
            return value;
        } catch (ValueInstantiationException e) {
            throw fromConstructor(e);
        } catch (JsonMappingException e) {
            throw fromShape(e);
        } catch (JacksonException e) {
            throw new ApplicationException(ErrorCode.MALFORMED_REQUEST, null);
        }
    }

    /** A self-validating DTO refused its values: pass its violations on. */
    private static RuntimeException fromConstructor(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidInputException || cause instanceof ApplicationException) {
            return (RuntimeException) cause;
        }
        return fieldProblem(path(e), "invalid_value", "The value is not valid for this field.");
    }

    private static RuntimeException fromShape(JsonMappingException e) {
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException || e instanceof IgnoredPropertyException) {
            return fieldProblem(field, "unknown_field", "This field is not part of the request; check its spelling.");
        }
        if (e instanceof InvalidNullException) {
            return fieldProblem(field, "required", "A value is required here.");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return fieldProblem(field, "unknown_value", "Use one of: " + allowed + ".");
        }
        if (e instanceof InvalidFormatException) {
            return fieldProblem(field, "invalid_value", "The value is not in the expected format for this field.");
        }
        if (e instanceof MismatchedInputException m) {
            if (field.isEmpty()) {
                return new ApplicationException(ErrorCode.MALFORMED_REQUEST,
                        "The request body is not the JSON object this route expects.");
            }
            return fieldProblem(field, "wrong_type", expected(m.getTargetType()));
        }
        return fieldProblem(field, "invalid_value", "The value is not valid for this field.");
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "The value has the wrong JSON type for this field.";
        }
        if (target == dev.hearth.domain.money.Pence.class) {
            return "An amount of money is a whole number of pence, e.g. 95000 for £950.00.";
        }
        if (target == long.class || target == Long.class || target == int.class || target == Integer.class) {
            return "Expected a whole number.";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "Expected true or false.";
        }
        if (target == String.class) {
            return "Expected a string.";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "Expected an array.";
        }
        return "The value has the wrong JSON type for this field.";
    }

    private static ApplicationException fieldProblem(String field, String code, String message) {
        List<FieldError> errors = List.of(new FieldError(field, code, message));
        return new ApplicationException(ErrorCode.VALIDATION_FAILED, ProblemMapper.validationDetail(1), errors);
    }

    /** The field path as the caller wrote it: {@code children[1].dateOfBirth}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
