package dev.hearth.application.port.in.auth;

/**
 * What kind of credential established the caller, so the audit trail and the policy can tell a person's session from a
 * program's key (ADR 0018, ADR 0020).
 */
public enum CredentialKind {
    /** An access token Hearth signed (a signed-in session). */
    ACCESS_TOKEN,
    /** An API key ({@code hk_...}) of a programmatic client acting for the account. */
    API_KEY,
    /** An access token of the configured external issuer, mapped onto a Hearth account. */
    EXTERNAL_TOKEN
}
