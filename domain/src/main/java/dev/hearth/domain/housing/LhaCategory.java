package dev.hearth.domain.housing;

/**
 * The Local Housing Allowance categories a rent officer determines for each broad rental market area (BRMA), and that
 * cap private-sector rent (UC Regs 2013 Sch 4 paras 25-28; Rent Officers (Universal Credit Functions) Order 2013).
 * There is no category above four bedrooms.
 */
public enum LhaCategory {
    /** Shared accommodation rate: a single renter under the SAR age threshold who is not an excepted person. */
    SHARED_ACCOMMODATION(0),
    ONE_BEDROOM(1),
    TWO_BEDROOMS(2),
    THREE_BEDROOMS(3),
    FOUR_BEDROOMS(4);

    private final int bedrooms;

    LhaCategory(int bedrooms) {
        this.bedrooms = bedrooms;
    }

    /** Bedrooms this category is for (0 for the shared accommodation rate). */
    public int bedrooms() {
        return bedrooms;
    }

    /** The self-contained category for {@code bedrooms} (1 to 4). */
    public static LhaCategory forBedrooms(int bedrooms) {
        return switch (bedrooms) {
            case 1 -> ONE_BEDROOM;
            case 2 -> TWO_BEDROOMS;
            case 3 -> THREE_BEDROOMS;
            case 4 -> FOUR_BEDROOMS;
            default -> throw new IllegalArgumentException("no LHA category for " + bedrooms + " bedrooms");
        };
    }
}
