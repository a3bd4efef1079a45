package dev.hearth.adapter.in.http.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Documents every {@link Optional} record component as nullable: the API's JSON writes an empty one as {@code null},
 * whatever its Javadoc says. swagger-core describes only the contained type; once a record's schema is built, this
 * marks each such property {@code nullable: true} ({@link FieldDocs} turns a nullable reference into {@code oneOf} the
 * reference or null).
 */
public final class OptionalSchemaConverter implements ModelConverter {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null) {
            return null;
        }
        JavaType javaType = type.getType() instanceof JavaType j ? j
                : TypeFactory.defaultInstance().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (!raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema;
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            model = context.getDefinedModels().get(name);
        }
        Map<String, Schema> properties = model == null ? null : model.getProperties();
        if (properties == null) {
            return schema;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema<?> property = properties.get(component.getName());
            if (property != null && component.getType() == Optional.class) {
                property.setNullable(true);
            }
        }
        return schema;
    }
}
