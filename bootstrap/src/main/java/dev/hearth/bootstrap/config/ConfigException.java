package dev.hearth.bootstrap.config;

import java.util.List;

/** Every problem found in the environment, reported together so one fix-and-retry round is enough. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ConfigException(List<String> problems) {
        super(message(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the variable's name. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder sb = new StringBuilder("Hearth cannot start: ")
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" with its environment variables:");
        for (String p : problems) {
            sb.append("\n  - ").append(p);
        }
        sb.append("\ndocs/guides/configuration.md lists every variable.");
        return sb.toString();
    }
}
