package dev.hearth.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.hearth.domain.money.Pence;
import java.io.IOException;

/**
 * {@link Pence} on the wire is a bare JSON integer of pence ({@code 95000} is £950.00). Anything else (a fraction, a
 * string, a float written as {@code 950.0}) is refused, never rounded.
 */
final class PenceJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public PenceJsonModule() {
        super("hearth-pence");
        addSerializer(Pence.class, new Serializer());
        addDeserializer(Pence.class, new Deserializer());
    }

    private static final class Serializer extends StdSerializer<Pence> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Pence.class);
        }

        @Override
        public void serialize(Pence value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.value());
        }
    }

    private static final class Deserializer extends StdDeserializer<Pence> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Pence.class);
        }

        @Override
        public Pence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Pence) ctxt.handleUnexpectedToken(Pence.class, p.currentToken(), p,
                        "an amount of money is a whole number of pence, e.g. 95000 for £950.00");
            }
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                return (Pence) ctxt.handleWeirdNumberValue(Pence.class, p.getNumberValue(),
                        "the amount is too large");
            }
            return new Pence(p.getLongValue());
        }
    }
}
