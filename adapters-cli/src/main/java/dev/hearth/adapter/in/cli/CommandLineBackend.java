package dev.hearth.adapter.in.cli;

import dev.hearth.application.port.in.audit.VerifyAuditChainUseCase;
import dev.hearth.application.port.in.crypto.CountFieldKeysUseCase;
import dev.hearth.application.port.in.crypto.RotateFieldKeysUseCase;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.application.port.in.estimate.CompareCircumstancesUseCase;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveUseCase;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditUseCase;
import dev.hearth.application.port.in.rent.AssessRentRiskUseCase;

/**
 * What the composition root gives the command line (ADR 0023): use cases, opened only by the commands that need them
 * (so {@code hearth estimate} starts no database), plus the operations that are about the process rather than the
 * business: serving, migrating, the OpenAPI document, the keyset. Every method that reads configuration throws
 * {@link UsageException} when it is bad.
 */
public interface CommandLineBackend {

    /** The lines {@code hearth --version} prints. */
    String[] version();

    /** The API's JSON codec. */
    JsonDocumentCodec json();

    /** Estimates Universal Credit (pure: no database). */
    EstimateUniversalCreditUseCase estimateUniversalCredit();

    /** Draws a Universal Credit earnings curve (pure: no database). */
    DrawEarningsCurveUseCase drawEarningsCurve();

    /** Compares a household now with changed versions of it (pure: no database). */
    CompareCircumstancesUseCase compareCircumstances();

    /** Plans debt repayments (pure: no database). */
    PlanDebtRepaymentsUseCase planDebtRepayments();

    /** Assesses rent-arrears risk (pure: no database). */
    AssessRentRiskUseCase assessRentRisk();

    /** Opens the database and the audit-chain verification over it. */
    UseCaseSession<VerifyAuditChainUseCase> openAuditChainVerification();

    /** Opens the database and the re-encryption of stored values under the configured keyset's primary key. */
    UseCaseSession<RotateFieldKeysUseCase> openFieldKeyRotation();

    /** Opens the database and the census of which key protects how many values. */
    UseCaseSession<CountFieldKeysUseCase> openFieldKeyCensus();

    /** The keyset as configuration. */
    FieldKeysets fieldKeysets();

    /**
     * Runs {@code instances} HTTP servers (consecutive ports, one database, one Redis) until the process is stopped,
     * then drains them.
     */
    void serve(int instances) throws InterruptedException;

    /** Applies the database migrations; returns the line to print. */
    String migrate();

    /** The OpenAPI document (JSON). */
    String openApiJson();
}
