package dev.hearth.wire.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.domain.housing.LhaSource;

/**
 * Jackson annotations the JDK-only domain cannot carry, attached from here. {@link LhaSource} is one of two shapes,
 * told apart by their fields (no type tag for a client to get wrong): {@code {"monthlyRatesPence": {...}}} supplies the
 * area's rates, {@code {"name": "..."}} names a broad rental market area in Hearth's cited table.
 */
final class WireMixins {

    private WireMixins() {
    }

    /** Registers every mix-in on the mapper. */
    public static ObjectMapper register(ObjectMapper mapper) {
        return mapper.addMixIn(LhaSource.class, LhaSourceMixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
    @JsonSubTypes({@JsonSubTypes.Type(LhaSource.Supplied.class), @JsonSubTypes.Type(LhaSource.Brma.class)})
    private abstract static class LhaSourceMixin {
    }
}
