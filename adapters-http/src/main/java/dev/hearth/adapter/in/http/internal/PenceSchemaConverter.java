package dev.hearth.adapter.in.http.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.hearth.domain.money.Pence;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.Iterator;

/**
 * Documents every {@link Pence} field the same way, so a money field's unit can never be left out: an {@code int64}
 * integer whose description ends with the unit, plus the machine-readable extension {@code x-unit: GBP-pence} that SDK
 * generators and reviewers can rely on. A field's own {@code @Schema(description = ...)} is kept and the unit sentence
 * is appended to it.
 */
public final class PenceSchemaConverter implements ModelConverter {

    /** The sentence appended to every money field's description. */
    public static final String UNIT_SENTENCE = "Money: a whole number of pence (GBP), e.g. 95000 = £950.00.";
    /** The extension naming the unit. */
    public static final String UNIT_EXTENSION = "x-unit";
    /** Its value for money. */
    public static final String PENCE_UNIT = "GBP-pence";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (isPence(type.getType())) {
            IntegerSchema schema = new IntegerSchema();
            schema.format("int64");
            String own = ownDescription(type.getCtxAnnotations());
            schema.description(own == null ? UNIT_SENTENCE : own + (own.endsWith(".") ? " " : ". ") + UNIT_SENTENCE);
            schema.addExtension(UNIT_EXTENSION, PENCE_UNIT);
            return schema;
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static boolean isPence(java.lang.reflect.Type t) {
        if (t == Pence.class) {
            return true;
        }
        if (t instanceof JavaType jt) {
            return jt.getRawClass() == Pence.class;
        }
        JavaType jt = TypeFactory.defaultInstance().constructType(t);
        return jt.getRawClass() == Pence.class;
    }

    private static String ownDescription(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof io.swagger.v3.oas.annotations.media.Schema s && !s.description().isBlank()) {
                return s.description().trim();
            }
        }
        return null;
    }
}
