package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small, cited table of Local Housing Allowance rates for a handful of broad rental market areas (BRMAs), used only
 * when the caller does not supply the rate for its area. <strong>Every figure here is UNVERIFIED</strong>: none was read
 * from the official VOA / Rent Service Scotland / Welsh Government tables, and two of the sources disagree by small
 * amounts for the same BRMA (see {@code /work/shared/uk-rules.md} §2.6 and {@code docs/rules/housing-costs.md}). A
 * result that uses a figure from this table carries an {@code UNCONFIRMED_RULE} assumption saying so.
 *
 * <p>Sources:
 * <ul>
 *   <li><b>Source A</b>: council pages giving weekly 2024/25 rates (bury.gov.uk for Bolton and Bury and Central Greater
 *   Manchester; eastlothian.gov.uk for Lothian, 1 April 2024 to 31 March 2025). Converted here to monthly x 52 / 12,
 *   rounded to the penny; for Lothian that reproduces the monthly figures eastlothian.gov.uk itself prints (473.72,
 *   747.93, 967.33, 1,371.24, 2,174.03). Extended to 31 March 2026 because LHA rates for 2025/26 were frozen at the
 *   31 January 2024 determinations (SI 2025/5, as reported by secondary sources; the extension is Hearth's
 *   derivation).</li>
 *   <li><b>Source B</b>: the third-party dataset jonnyiwilson/universal-credit-calculator
 *   {@code infra/seed/lha-england-2026-2027.sql} at commit 3c87e9ecbd5abe64590e73f972ac9c7b65fb4272, monthly rates
 *   effective 1 April 2026 to 31 March 2027 (imported there from "england-rates-2026-to-2027.csv"). Its Central London
 *   1-4 bedroom rates equal the maximum LHAs in the Rent Officers (Universal Credit Functions) Order 2013 Sch 1
 *   para 2(2) (1,439.97 / 1,793.98 / 2,160.02 / 3,060.00), and northern-ledger.co.uk reports the same Central Greater
 *   Manchester 2- and 3-bedroom figures (875 / 950).</li>
 * </ul>
 * <p><b>Known discrepancy:</b> the LHA was frozen for 2025/26 and again for 2026/27 (SI 2026/5, reported), so Source A
 * and Source B should agree for the same BRMA, but they do not: Bolton and Bury one bedroom is 473.72 a month in Source
 * A and 475.00 in Source B; Central Greater Manchester one bedroom 772.89 against 775.00. Unresolved until the official
 * tables are imported.
 */
public final class LhaTable {

    /** Version of the table data; part of {@link HousingRules#RULESET_VERSION}. */
    public static final String DATA_VERSION = "lha-table.2026-1";

    private static final String SOURCE_A_BURY = "Source A: bury.gov.uk LHA page (weekly 2024/25 rates), converted x 52 / 12; "
            + "2025/26 by the freeze (SI 2025/5, reported) [UNVERIFIED]";
    private static final String SOURCE_A_LOTHIAN = "Source A: eastlothian.gov.uk (weekly rates 1 Apr 2024 - 31 Mar 2025, "
            + "monthly equivalents printed there), converted x 52 / 12; 2025/26 by the freeze (SI 2025/5, reported) "
            + "[UNVERIFIED]";
    private static final String SOURCE_B = "Source B: jonnyiwilson/universal-credit-calculator "
            + "infra/seed/lha-england-2026-2027.sql @ 3c87e9ecbd5abe64590e73f972ac9c7b65fb4272 (monthly, "
            + "1 Apr 2026 - 31 Mar 2027) [UNVERIFIED third-party data]";

    private static final LocalDate A_FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate A_TO = LocalDate.of(2026, 3, 31);
    private static final LocalDate B_FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate B_TO = LocalDate.of(2027, 3, 31);

    private static final List<Entry> ENTRIES = List.of(
            weekly("Bolton and Bury", Nation.ENGLAND, A_FROM, A_TO, SOURCE_A_BURY,
                    "78.59", "109.32", "132.33", "161.10", "218.63"),
            weekly("Central Greater Manchester", Nation.ENGLAND, A_FROM, A_TO,
                    SOURCE_A_BURY + "; the page calls it \"Central Manchester\"",
                    "94.72", "178.36", "201.37", "218.63", "310.68"),
            weekly("Lothian", Nation.SCOTLAND, A_FROM, A_TO, SOURCE_A_LOTHIAN,
                    "109.32", "172.60", "223.23", "316.44", "501.70"),
            monthly("Birmingham", Nation.ENGLAND, B_FROM, B_TO, SOURCE_B,
                    "341.58", "695.00", "750.00", "825.00", "1100.00"),
            monthly("Bolton and Bury", Nation.ENGLAND, B_FROM, B_TO, SOURCE_B,
                    "341.51", "475.00", "575.00", "700.00", "950.00"),
            monthly("Bristol", Nation.ENGLAND, B_FROM, B_TO, SOURCE_B,
                    "511.33", "900.00", "1095.00", "1300.00", "1850.00"),
            monthly("Central Greater Manchester", Nation.ENGLAND, B_FROM, B_TO,
                    SOURCE_B + "; 2- and 3-bed also reported by northern-ledger.co.uk",
                    "411.58", "775.00", "875.00", "950.00", "1350.00"),
            monthly("Central London", Nation.ENGLAND, B_FROM, B_TO,
                    SOURCE_B + "; 1-4 bed equal the maximum LHAs in SI 2013/382 Sch 1 para 2(2)",
                    "829.83", "1439.97", "1793.98", "2160.02", "3060.00"),
            monthly("Leeds", Nation.ENGLAND, B_FROM, B_TO, SOURCE_B,
                    "347.62", "675.00", "775.00", "850.00", "1200.00"));

    private LhaTable() {
    }

    /**
     * One BRMA's rates for one period.
     *
     * @param brma          the BRMA's name as published
     * @param nation        the nation it lies in
     * @param effectiveFrom first day the rates apply (inclusive)
     * @param effectiveTo   last day the rates apply (inclusive)
     * @param monthlyRates  monthly rate for each category
     * @param source        where the figures come from, with their verification status
     */
    public record Entry(String brma, Nation nation, LocalDate effectiveFrom, LocalDate effectiveTo,
                        Map<LhaCategory, Pence> monthlyRates, String source) {
        public Entry {
            Objects.requireNonNull(brma, "brma");
            Objects.requireNonNull(nation, "nation");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(effectiveTo, "effectiveTo");
            Objects.requireNonNull(source, "source");
            monthlyRates = Collections.unmodifiableMap(new EnumMap<>(monthlyRates));
        }

        /** True when {@code date} falls within this entry's effective dates. */
        public boolean appliesOn(LocalDate date) {
            return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveTo);
        }
    }

    /** Every entry, in table order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** True when the table has any entry for this BRMA name (case, spacing and "&amp;" / "and" do not matter). */
    public static boolean knows(String brma) {
        String key = normalise(brma);
        return ENTRIES.stream().anyMatch(e -> normalise(e.brma()).equals(key));
    }

    /** The entry for this BRMA in force on {@code date}, if the table has one. */
    public static Optional<Entry> find(String brma, LocalDate date) {
        String key = normalise(brma);
        return ENTRIES.stream().filter(e -> normalise(e.brma()).equals(key) && e.appliesOn(date)).findFirst();
    }

    static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\s+", " ");
    }

    private static Entry weekly(String brma, Nation nation, LocalDate from, LocalDate to, String source,
                                String sar, String one, String two, String three, String four) {
        Map<LhaCategory, Pence> monthly = new EnumMap<>(LhaCategory.class);
        String[] weekly = {sar, one, two, three, four};
        LhaCategory[] categories = LhaCategory.values();
        for (int i = 0; i < categories.length; i++) {
            monthly.put(categories[i], RentFrequency.WEEKLY.toMonthly(Pence.ofPounds(weekly[i])));
        }
        return new Entry(brma, nation, from, to, monthly, source);
    }

    private static Entry monthly(String brma, Nation nation, LocalDate from, LocalDate to, String source,
                                 String sar, String one, String two, String three, String four) {
        Map<LhaCategory, Pence> monthly = new EnumMap<>(LhaCategory.class);
        String[] amounts = {sar, one, two, three, four};
        LhaCategory[] categories = LhaCategory.values();
        for (int i = 0; i < categories.length; i++) {
            monthly.put(categories[i], Pence.ofPounds(amounts[i]));
        }
        return new Entry(brma, nation, from, to, monthly, source);
    }
}
