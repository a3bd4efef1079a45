package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/** The account behind the caller's access token. */
@CallScope(UNSCOPED)
public interface GetCurrentAccountUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code UNAUTHENTICATED} when the account is gone
     */
    CurrentAccount get(GetCurrentAccountQuery query);
}
