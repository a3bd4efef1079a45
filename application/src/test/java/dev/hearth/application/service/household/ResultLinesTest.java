package dev.hearth.application.service.household;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.in.household.ReplayReport;
import dev.hearth.domain.money.Pence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultLinesTest {

    record Line(String name, Pence amount) {
    }

    record Result(Pence award, LocalDate paid, List<Line> lines, String note) {
    }

    @Test
    void a_result_is_one_line_per_value_named_by_its_path_with_money_as_one_value() {
        Result result = new Result(Pence.of(172_478), LocalDate.of(2026, 6, 19),
                List.of(new Line("standard", Pence.of(100)), new Line("child", Pence.of(200))), null);

        Map<String, String> lines = ResultLines.of(result);

        assertThat(lines).containsExactly(
                Map.entry("award", Pence.of(172_478).toString()),
                Map.entry("paid", "2026-06-19"),
                Map.entry("lines[0].name", "standard"),
                Map.entry("lines[0].amount", Pence.of(100).toString()),
                Map.entry("lines[1].name", "child"),
                Map.entry("lines[1].amount", Pence.of(200).toString()),
                Map.entry("note", "null"));
    }

    @Test
    void an_empty_list_is_a_line_of_its_own_so_emptying_a_list_shows_as_a_change() {
        assertThat(ResultLines.of(new Result(Pence.ZERO, null, List.of(), "x"))).containsEntry("lines", "[]");
    }

    @Test
    void a_replay_names_each_changed_added_and_removed_line_and_nothing_else() {
        Result stored = new Result(Pence.of(1000), LocalDate.of(2026, 6, 19),
                List.of(new Line("standard", Pence.of(100)), new Line("child", Pence.of(200))), "same");
        Result replayed = new Result(Pence.of(1001), LocalDate.of(2026, 6, 19),
                List.of(new Line("standard", Pence.of(100))), "same");
        List<ReplayReport.Difference> differences = new ArrayList<>();

        int compared = SavedEstimatesService.compare(ResultLines.of(stored), ResultLines.of(replayed), differences);

        assertThat(compared).isEqualTo(7);
        assertThat(differences).containsExactly(
                new ReplayReport.Difference("award", Pence.of(1000).toString(), Pence.of(1001).toString()),
                new ReplayReport.Difference("lines[1].name", "child", null),
                new ReplayReport.Difference("lines[1].amount", Pence.of(200).toString(), null));
    }

    @Test
    void identical_results_have_no_differences() {
        Result result = new Result(Pence.of(5), LocalDate.of(2026, 1, 1), List.of(), "n");
        List<ReplayReport.Difference> differences = new ArrayList<>();

        SavedEstimatesService.compare(ResultLines.of(result), ResultLines.of(result), differences);

        assertThat(differences).isEmpty();
    }
}
