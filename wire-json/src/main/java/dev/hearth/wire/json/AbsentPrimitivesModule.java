package dev.hearth.wire.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Yes/no facts and counts may be left out of a request (a left-out {@code boolean} means {@code false}, a left-out
 * {@code int} means {@code 0}, as documented on each field), but an explicit {@code null} is refused with the field's
 * path: a client that sends {@code null} has a bug we should not paper over with a default.
 */
final class AbsentPrimitivesModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public AbsentPrimitivesModule() {
        super("hearth-absent-primitives");
        addDeserializer(boolean.class, new AbsentOrValue<>(boolean.class,
                new NumberDeserializers.BooleanDeserializer(boolean.class, Boolean.FALSE), Boolean.FALSE));
        addDeserializer(int.class, new AbsentOrValue<>(int.class,
                new NumberDeserializers.IntegerDeserializer(int.class, 0), 0));
        addDeserializer(long.class, new AbsentOrValue<>(long.class,
                new NumberDeserializers.LongDeserializer(long.class, 0L), 0L));
    }

    private static final class AbsentOrValue<T> extends JsonDeserializer<T> {
        private final Class<?> type;
        private final JsonDeserializer<T> delegate;
        private final T absent;

        AbsentOrValue(Class<?> type, JsonDeserializer<T> delegate, T absent) {
            this.type = type;
            this.delegate = delegate;
            this.absent = absent;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return delegate.deserialize(p, ctxt);
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws MismatchedInputException {
            throw MismatchedInputException.from(ctxt.getParser(), type,
                    "null is not allowed here; leave the field out for its default");
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return absent;
        }
    }
}
