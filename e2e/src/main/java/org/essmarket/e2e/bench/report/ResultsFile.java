package org.essmarket.e2e.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's Markdown results: when, on what machine, with which parameters, each figure next
 * to its goal (met or missed), and notes. Figures are printed as they come.
 */
public final class ResultsFile {

    /** One measured figure; goal and met are null when the figure has no goal. */
    public record Figure(String measure, String value, String goal, Boolean met) {
    }

    private final String title;
    private final PrintStream console;
    private final ZonedDateTime startedAt = ZonedDateTime.now();
    private final Machine machine = Machine.current();
    private final String loadBefore = Machine.loadAverage();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ResultsFile(String title, PrintStream console) {
        this.title = title;
        this.console = console;
    }

    public void parameter(String name, Object value) {
        parameters.put(name, String.valueOf(value));
    }

    public void figure(String measure, String value) {
        add(new Figure(measure, value, null, null));
    }

    public void figure(String measure, String value, String goal, boolean met) {
        add(new Figure(measure, value, goal, met));
    }

    public void note(String note) {
        notes.add(note);
        console.println("  note: " + note);
    }

    private void add(Figure figure) {
        figures.add(figure);
        console.printf("  %-60s %s%s%n", figure.measure(), figure.value(),
                figure.goal() == null ? "" : "   (goal " + figure.goal() + ": " + verdict(figure) + ")");
    }

    public Path write(Path file) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        md.append("- date: ").append(startedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: ").append(machine.cores()).append(" cores (").append(machine.cpu()).append("), ")
                .append(machine.memory()).append(" memory, ").append(machine.os()).append('\n');
        md.append("- benchmark JDK: ").append(machine.jdk()).append('\n');
        md.append("- load average (1, 5, 15 min) before: ").append(loadBefore).append(", after: ")
                .append(Machine.loadAverage()).append('\n');
        String shared = System.getenv("BENCH_NOTE");
        if (shared != null && !shared.isBlank()) {
            md.append("- ").append(shared.trim()).append('\n');
        }
        md.append("\n## Parameters\n\n| parameter | value |\n| --- | --- |\n");
        parameters.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        md.append("\n## Figures\n\n| measure | value | goal | |\n| --- | --- | --- | --- |\n");
        for (Figure figure : figures) {
            md.append("| ").append(figure.measure()).append(" | ").append(figure.value()).append(" | ")
                    .append(figure.goal() == null ? "" : figure.goal()).append(" | ").append(verdict(figure)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        console.println("Results written to " + file);
        return file;
    }

    private static String verdict(Figure figure) {
        return figure.met() == null ? "" : figure.met() ? "met" : "**missed**";
    }
}
