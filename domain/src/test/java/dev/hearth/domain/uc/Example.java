package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One worked example: a household, where the expected figures come from (legislation, a published example or a hand
 * calculation written out in {@code source}), and the figures expected.
 */
final class Example {

    /** A figure of the estimate an example can pin down. */
    enum Figure {
        AWARD(UcEstimate::awardPence),
        PAYMENT(UcEstimate::paymentPence),
        MAXIMUM(UcEstimate::maximumAmountPence),
        STANDARD_ALLOWANCE(e -> e.total(UcElement.STANDARD_ALLOWANCE)),
        CHILD_ELEMENTS(e -> e.total(UcElement.CHILD_ELEMENT)),
        DISABLED_CHILD(e -> e.total(UcElement.DISABLED_CHILD_ADDITION)),
        LCW(e -> e.total(UcElement.LCW_ELEMENT)),
        LCWRA(e -> e.total(UcElement.LCWRA_ELEMENT)),
        CARER(e -> e.total(UcElement.CARER_ELEMENT)),
        CHILDCARE(e -> e.total(UcElement.CHILDCARE_COSTS_ELEMENT)),
        HOUSING(e -> e.total(UcElement.HOUSING_COSTS_ELEMENT)),
        WORK_ALLOWANCE(e -> e.meansTest().workAllowancePence()),
        EARNINGS_REDUCTION(e -> e.meansTest().earningsReductionPence()),
        UNEARNED(e -> e.meansTest().unearnedIncomePence()),
        TARIFF(e -> e.meansTest().tariffIncomePence()),
        AWARD_BEFORE_CAP(UcEstimate::awardBeforeCapPence),
        CAP_RELEVANT_AMOUNT(e -> e.benefitCap().relevantAmountPence()),
        CAP_EARNINGS_THRESHOLD(e -> e.benefitCap().earningsThresholdPence()),
        CAP_REDUCTION(e -> e.benefitCap().reductionPence()),
        TOTAL_DEDUCTIONS(UcEstimate::totalDeductionsPence);

        private final Function<UcEstimate, Pence> read;

        Figure(Function<UcEstimate, Pence> read) {
            this.read = read;
        }

        Pence of(UcEstimate estimate) {
            return read.apply(estimate);
        }
    }

    final String id;
    final String source;
    final UcEstimateRequest request;
    final Map<Figure, Pence> expected = new LinkedHashMap<>();
    NilAwardReason nilReason;
    BenefitCapException capException;
    LocalDate paymentDate;
    String ratesYear;
    Map<DeductionType, Pence> applied = new LinkedHashMap<>();

    private Example(String id, String source, UcEstimateRequest request) {
        this.id = id;
        this.source = source;
        this.request = request;
    }

    static Example row(String id, String source, UcEstimateRequest request) {
        return new Example(id, source, request);
    }

    Example expect(Figure figure, String pounds) {
        expected.put(figure, Pence.ofPounds(pounds));
        return this;
    }

    Example nil(NilAwardReason reason) {
        this.nilReason = Objects.requireNonNull(reason);
        return this;
    }

    Example capException(BenefitCapException exception) {
        this.capException = exception;
        return this;
    }

    Example paidOn(String isoDate) {
        this.paymentDate = LocalDate.parse(isoDate);
        return this;
    }

    Example ratesYear(String year) {
        this.ratesYear = year;
        return this;
    }

    Example deducted(DeductionType type, String pounds) {
        applied.put(type, Pence.ofPounds(pounds));
        return this;
    }

    @Override
    public String toString() {
        return id;
    }
}
