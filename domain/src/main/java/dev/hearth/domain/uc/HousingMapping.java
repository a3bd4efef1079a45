package dev.hearth.domain.uc;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.housing.HousingCostsElement;
import dev.hearth.domain.housing.HousingCostsInput;
import dev.hearth.domain.housing.HousingRates;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Maps the UC request onto the housing engine's input and its field paths back onto the request's. */
final class HousingMapping {

    private static final Set<String> HOME_FIELDS = Set.of("tenure", "rent", "eligibleServiceCharges", "chargesNotCovered",
            "bedrooms", "sharedOwnership", "fosterCaring", "sanctuaryScheme", "lha");

    private HousingMapping() {
    }

    static HousingCostsInput toInput(UcEstimateRequest request) {
        RentedHome home = request.housing();
        // The request's lists hold no null (its constructor copies them with List.copyOf). The lists made here are
        // List.of lists, which HousingCostsInput keeps as they are rather than copying them again.
        List<Claimant> requestClaimants = request.claimants();
        HousingCostsInput.Claimant[] claimants = new HousingCostsInput.Claimant[requestClaimants.size()];
        for (int i = 0; i < claimants.length; i++) {
            Claimant c = requestClaimants.get(i);
            claimants[i] = new HousingCostsInput.Claimant(c.dateOfBirth(), c.severelySightImpaired(),
                    c.disabilityBenefits(), c.disabilityBenefitSuspendedInHospital(), c.needsOvernightCare(),
                    c.cannotShareBedroomBecauseOfDisability(), c.sharedAccommodationExceptions());
        }
        List<Child> requestChildren = request.children();
        HousingCostsInput.Child[] children = new HousingCostsInput.Child[requestChildren.size()];
        for (int i = 0; i < children.length; i++) {
            Child c = requestChildren.get(i);
            children[i] = new HousingCostsInput.Child(c.dateOfBirth(), c.sex(), c.disabilityBenefits(),
                    c.cannotShareBedroomBecauseOfDisability(), c.needsOvernightCare());
        }
        return new HousingCostsInput(home.tenure(), home.rent(), home.eligibleServiceCharges(), home.chargesNotCovered(),
                home.bedrooms(), home.sharedOwnership(), List.of(claimants), List.of(children), request.nonDependants(),
                home.fosterCaring(), home.sanctuaryScheme(), home.lha());
    }

    /** The housing engine's violations for an input, remapped; empty if it calculates (or fails in another way). */
    static List<Violation> violationsOf(HousingCostsInput input, HousingRates rates, LocalDate start) {
        try {
            HousingCostsElement.calculate(input, rates, start, new ExplanationBuilder("scratch"));
            return List.of();
        } catch (InvalidInputException e) {
            return remap(e.violations());
        } catch (RuntimeException e) {
            // The request already has violations of its own (for example a missing date of birth) that can make the
            // housing engine fail in other ways; those violations are reported instead.
            return List.of();
        }
    }

    static List<Violation> remap(List<Violation> violations) {
        List<Violation> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            String field = v.field();
            int end = field.length();
            for (int i = 0; i < field.length(); i++) {
                char ch = field.charAt(i);
                if (ch == '.' || ch == '[') {
                    end = i;
                    break;
                }
            }
            String head = field.substring(0, end);
            if (HOME_FIELDS.contains(head)) {
                out.add(new Violation("housing." + field, v.code(), v.message()));
            } else if ("periodStart".equals(head)) {
                out.add(new Violation("assessmentPeriodStart", v.code(), v.message()));
            } else {
                out.add(v);
            }
        }
        return out;
    }
}
