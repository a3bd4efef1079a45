package dev.hearth.application.port.in.auth;

/** The account behind the caller's access token. */
public interface GetCurrentAccountUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code UNAUTHENTICATED} when the account is gone
     */
    CurrentAccount get(GetCurrentAccountQuery query);
}
