package dev.hearth.domain.rent;

import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.api.Test;

import static dev.hearth.domain.rent.RentFixtures.d;
import static dev.hearth.domain.rent.RentFixtures.monthly;
import static org.assertj.core.api.Assertions.assertThat;

/** Which possession rule governs a tenancy on a day, on its own (sources in each test and docs/rules/rent-risk.md). */
class ThresholdRegimeTest {

    @Test
    void a_private_tenancy_in_england_before_1_may_2026_is_under_the_old_ground_8() {
        // HA 1988 Sch 2 Ground 8 as amended by HA 1996 (Halsbury's para 944; lettingshub.co.uk) [S].
        ThresholdRegime regime = ThresholdRegime.applying(monthly("2026-04-01", "800", "2026-04-01").build(),
                d("2026-04-30"));

        assertThat(regime.version()).isEqualTo(Ground8Version.BEFORE_RRA_2025);
        assertThat(regime.rule()).isEqualTo(RentRiskRules.GROUND8_BEFORE_RRA);
    }

    @Test
    void from_1_may_2026_a_private_tenancy_is_under_the_amended_ground_8() {
        // Renters' Rights Act 2025 s.3(1), Sch 1; in force 1 May 2026 for private assured tenancies, SI 2026/421 reg 2.
        ThresholdRegime regime = ThresholdRegime.applying(monthly("2026-04-01", "800", "2026-04-01").build(),
                d("2026-05-01"));

        assertThat(regime.version()).isEqualTo(Ground8Version.RRA_2025);
        assertThat(regime.rule()).isEqualTo(RentRiskRules.GROUND8_RRA);
    }

    @Test
    void a_housing_association_tenancy_from_1_may_2026_is_not_modelled_and_says_why() {
        // SI 2026/421 reg 2 brings the 2025 Act into force on 1 May 2026 only for assured tenancies that are not
        // social housing [P]; the date for housing associations was not confirmed.
        RentRiskRequest request = monthly("2026-04-01", "600", "2026-04-01")
                .social(SocialLandlord.HOUSING_ASSOCIATION).build();

        assertThat(ThresholdRegime.applying(request, d("2026-04-30")).version())
                .isEqualTo(Ground8Version.BEFORE_RRA_2025);
        ThresholdRegime from = ThresholdRegime.applying(request, d("2026-05-01"));
        assertThat(from.status()).isEqualTo(ThresholdStatus.NOT_MODELLED);
        assertThat(from.note()).contains("came into force on 1 May 2026 only for assured tenancies");
    }

    @Test
    void a_council_tenancy_is_not_modelled() {
        // Housing Act 1985 secure tenancies: not researched (docs/rules/rent-risk.md, rent.threshold.not_modelled).
        RentRiskRequest request = monthly("2026-04-01", "600", "2026-04-01")
                .social(SocialLandlord.LOCAL_AUTHORITY).build();

        assertThat(ThresholdRegime.applying(request, d("2026-04-01")).status())
                .isEqualTo(ThresholdStatus.NOT_MODELLED);
    }

    @Test
    void a_scottish_private_tenancy_has_no_mandatory_ground() {
        // Coronavirus (Recovery and Reform) (Scotland) Act 2022 s.43, amending the Private Housing (Tenancies)
        // (Scotland) Act 2016 s.51(2) and Sch 3 [P].
        ThresholdRegime regime = ThresholdRegime.applying(monthly("2026-04-01", "700", "2026-04-01")
                .nation(Nation.SCOTLAND).build(), d("2026-04-01"));

        assertThat(regime.status()).isEqualTo(ThresholdStatus.NO_MANDATORY_GROUND);
        assertThat(regime.rule()).isEqualTo(RentRiskRules.SCOTLAND_NO_MANDATORY_GROUND);
    }

    @Test
    void four_weekly_rent_is_named_by_neither_version_of_ground_8() {
        // Ground 8 names weekly or fortnightly and monthly rent only (both versions as reported) [S].
        RentRiskRequest request = new RentFixtures.Builder().assessed("2026-04-01")
                .rent("700", RentFrequency.FOUR_WEEKLY, "2026-04-10").build();

        for (Ground8Version v : Ground8Version.VERSIONS) {
            ThresholdRegime regime = ThresholdRegime.version(v);
            assertThat(regime.coversFrequency(request)).as(v.id()).isFalse();
            assertThat(ThresholdRegime.frequencyNotModelled(request, v).note())
                    .startsWith("four-weekly rent is not named in Ground 8");
        }
    }
}
