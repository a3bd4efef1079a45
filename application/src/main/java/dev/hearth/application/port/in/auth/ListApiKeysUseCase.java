package dev.hearth.application.port.in.auth;

import java.util.List;

/** Lists the caller's API keys, newest first, with their state and last use; never a secret. */
public interface ListApiKeysUseCase {

    List<ApiKeyView> list(ListApiKeysQuery query);
}
