package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;
import java.util.List;

/** Lists the caller's API keys, newest first, with their state and last use; never a secret. */
@CallScope(UNSCOPED)
public interface ListApiKeysUseCase {

    List<ApiKeyView> list(ListApiKeysQuery query);
}
