package vn.edoc.web.operator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.edoc.desk.boundary.Overview;
import vn.edoc.web.Formats;
import vn.edoc.web.ScriptJson;

/**
 * The operators' dashboard: three Chart.js charts (PrimeFaces {@code p:chart} takes their configuration as JSON) of
 * documents per day by level, the recipients' statuses, and the offices owing the most overdue documents.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DAYS = 14;
    private static final List<String> COLOURS =
            List.of("#b71c1c", "#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#9e9d24");

    @EJB
    private Overview overview;

    private Map<LocalDate, Map<String, Long>> perDay;
    private Map<String, Long> statuses;
    private Map<String, Long> overdue;

    private void load() {
        if (perDay == null) {
            perDay = overview.documentsPerDay(DAYS);
            statuses = overview.statusDistribution();
            overdue = overview.overdueByOffice(10);
        }
    }

    public String getPerDayChart() {
        load();
        TreeSet<String> levels = new TreeSet<>();
        perDay.values().forEach(counts -> levels.addAll(counts.keySet()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        perDay.keySet().forEach(day -> labels.add(new Formats().date(day)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (String level : levels) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            perDay.values().forEach(counts -> data.add(counts.getOrDefault(level, 0L)));
            datasets.add(Json.createObjectBuilder()
                    .add("label", Formats.text("level." + level))
                    .add("backgroundColor", COLOURS.get(colour++ % COLOURS.size()))
                    .add("data", data));
        }
        return chart("bar", labels, datasets, true);
    }

    public String getStatusChart() {
        load();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        int colour = 0;
        for (var entry : statuses.entrySet()) {
            labels.add(
                    "NEW".equals(entry.getKey())
                            ? Formats.text("status.new")
                            : Formats.text("status." + entry.getKey()));
            data.add(entry.getValue());
            colours.add(COLOURS.get(colour++ % COLOURS.size()));
        }
        return chart(
                "doughnut",
                labels,
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", data).add("backgroundColor", colours)),
                false);
    }

    public String getOverdueChart() {
        load();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        overdue.forEach((office, count) -> {
            labels.add(office);
            data.add(count);
        });
        JsonObjectBuilder set = Json.createObjectBuilder()
                .add("label", Formats.text("dashboard.overdue"))
                .add("backgroundColor", COLOURS.get(0))
                .add("data", data);
        return chart("bar", labels, Json.createArrayBuilder().add(set), false);
    }

    public boolean isEmpty() {
        load();
        return statuses.isEmpty();
    }

    static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true);
        if (stacked) {
            options.add(
                    "scales",
                    Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("stacked", true))
                            .add(
                                    "y",
                                    Json.createObjectBuilder()
                                            .add("stacked", true)
                                            .add("beginAtZero", true)));
        }
        // an office's name is the sender's words: encoded for the script the chart is written into
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build());
    }
}
