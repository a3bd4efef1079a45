package dev.hearth.adapter.in.http.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch, exactly as RFC 7396 §2 defines it: members of the patch replace those of the target, a
 * {@code null} member removes one, objects merge recursively, and anything else (arrays included) replaces as a whole.
 * So a household's {@code children} are sent whole, and {@code "housing": null} removes the home.
 */
final class MergePatch {

    private MergePatch() {
    }

    /** The target with the patch applied; the target is not changed. */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
