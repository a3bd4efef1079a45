package dev.hearth.wire.json;

import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A record is serialised and documented as exactly its components. Convenience methods that look like getters
 * ({@code isCouple()}, {@code getX()}) on the engines' records are derived values, not part of the wire contract: they
 * are neither written nor documented, so the JSON a client sends and the JSON it receives have the same shape.
 */
final class RecordComponentsOnly extends JacksonAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean hasIgnoreMarker(AnnotatedMember member) {
        if (member instanceof AnnotatedMethod method && method.getParameterCount() == 0) {
            Class<?> owner = method.getDeclaringClass();
            if (owner.isRecord() && !isComponent(owner, method.getName())) {
                return true;
            }
        }
        return super.hasIgnoreMarker(member);
    }

    private static boolean isComponent(Class<?> record, String name) {
        RecordComponent[] components = record.getRecordComponents();
        return components != null && Arrays.stream(components).anyMatch(c -> c.getName().equals(name));
    }
}
