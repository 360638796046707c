package vn.edoc.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.edoc.directory.DirectoryCsv.Column;
import vn.edoc.directory.DirectoryCsv.Line;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * The checks of a directory file that look beyond one line: repeated codes, levels, parents, successors and second
 * codes, judged on the directory as it would be after the import (the existing offices with the file's lines laid
 * over them), so that a reform file may create a successor and dissolve its predecessors in any order.
 */
public final class DirectoryChecks {
    private final Map<String, OfficeRecord> after;
    private final Set<String> levels;
    private final DirectoryCsv.Parsed file;
    private final List<Problem> problems = new ArrayList<>();

    private DirectoryChecks(Map<String, OfficeRecord> after, Set<String> levels, DirectoryCsv.Parsed file) {
        this.after = after;
        this.levels = levels;
        this.file = file;
    }

    /**
     * Every problem of the file's lines against {@code existing}.
     *
     * @param existing the directory now, by code
     * @param levels the levels the directory knows
     */
    public static List<Problem> check(
            DirectoryCsv.Parsed file, Map<String, OfficeRecord> existing, Set<String> levels) {
        List<Line> lines = file.lines();
        Map<String, OfficeRecord> after = new HashMap<>(existing);
        Map<String, Integer> firstLine = new HashMap<>();
        DirectoryChecks checks = new DirectoryChecks(after, levels, file);
        for (Line line : lines) {
            Integer earlier = firstLine.putIfAbsent(line.office().code(), line.number());
            if (earlier != null) {
                checks.add(
                        ErrorCode.OFFICE_CODE_REPEATED,
                        line,
                        Column.CODE,
                        line.office().code(),
                        earlier);
            }
            after.put(line.office().code(), line.office());
        }
        Map<String, String> secondCodes = checks.secondCodeOwners();
        Map<String, List<OfficeRecord>> children = checks.children(lines);
        for (Line line : lines) {
            checks.level(line);
            checks.parent(line);
            checks.successors(line);
            checks.secondCode(line, secondCodes);
            checks.orphans(line, children);
        }
        return checks.problems;
    }

    private void level(Line line) {
        if (!levels.contains(line.office().level())) {
            add(ErrorCode.LEVEL_UNKNOWN, line, Column.LEVEL, line.office().level(), String.join(", ", levels));
        }
    }

    private void parent(Line line) {
        OfficeRecord office = line.office();
        String parentCode = office.parentCode();
        if (parentCode == null) {
            return;
        }
        OfficeRecord parent = after.get(parentCode);
        if (parent == null) {
            add(ErrorCode.PARENT_UNKNOWN, line, Column.PARENT_CODE, parentCode);
        } else if (leadsBack(
                office.code(),
                c -> single(after.get(c) == null ? null : after.get(c).parentCode()))) {
            add(ErrorCode.PARENT_CYCLE, line, Column.PARENT_CODE, office.code());
        } else if (!fitsUnder(office.code(), parentCode)) {
            add(ErrorCode.PARENT_INCONSISTENT, line, Column.PARENT_CODE, office.code(), parentCode);
        } else if (office.isActive() && parent.isDissolved()) {
            add(ErrorCode.PARENT_NOT_ACTIVE, line, Column.PARENT_CODE, office.code(), parentCode);
        }
    }

    private void successors(Line line) {
        OfficeRecord office = line.office();
        if (office.successors().isEmpty()) {
            return;
        }
        if (!office.isDissolved()) {
            add(ErrorCode.SUCCESSOR_NOT_DISSOLVED, line, Column.STATE, office.code());
        }
        List<String> unknown = office.successors().stream()
                .filter(s -> s.equals(office.code()) || !after.containsKey(s))
                .toList();
        unknown.forEach(s -> add(ErrorCode.SUCCESSOR_UNKNOWN, line, Column.SUCCESSORS, office.code(), s));
        if (unknown.isEmpty()
                && leadsBack(
                        office.code(),
                        c -> after.get(c) == null ? List.of() : after.get(c).successors())) {
            add(ErrorCode.SUCCESSOR_CYCLE, line, Column.SUCCESSORS, office.code());
        }
    }

    private void secondCode(Line line, Map<String, String> owners) {
        String second = line.office().secondCode();
        if (second == null) {
            return;
        }
        String owner = after.containsKey(second) ? second : owners.get(second);
        if (owner != null && !owner.equals(line.office().code())) {
            add(ErrorCode.SECOND_CODE_TAKEN, line, Column.SECOND_CODE, second, owner);
        }
    }

    /** A dissolved office must not leave active offices under it: the reform file moves them. */
    private void orphans(Line line, Map<String, List<OfficeRecord>> children) {
        if (!line.office().isDissolved()) {
            return;
        }
        for (OfficeRecord child : children.getOrDefault(line.office().code(), List.of())) {
            if (child.isActive()) {
                add(
                        ErrorCode.PARENT_NOT_ACTIVE,
                        line,
                        Column.STATE,
                        child.code(),
                        line.office().code());
            }
        }
    }

    /** Each second code's office, after the import (a second code used twice is reported on its lines). */
    private Map<String, String> secondCodeOwners() {
        Map<String, String> owners = new HashMap<>();
        for (OfficeRecord office : after.values()) {
            if (office.secondCode() != null) {
                owners.merge(office.secondCode(), office.code(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return owners;
    }

    /** The children of the offices the file dissolves, after the import. */
    private Map<String, List<OfficeRecord>> children(List<Line> lines) {
        Set<String> dissolved = new HashSet<>();
        lines.stream()
                .filter(l -> l.office().isDissolved())
                .forEach(l -> dissolved.add(l.office().code()));
        Map<String, List<OfficeRecord>> children = new HashMap<>();
        if (dissolved.isEmpty()) {
            return children;
        }
        for (OfficeRecord office : after.values()) {
            if (office.parentCode() != null && dissolved.contains(office.parentCode())) {
                children.computeIfAbsent(office.parentCode(), k -> new ArrayList<>())
                        .add(office);
            }
        }
        return children;
    }

    /** Whether following {@code next} from {@code start} reaches {@code start} again. */
    private static boolean leadsBack(String start, java.util.function.Function<String, Collection<String>> next) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(next.apply(start));
        while (!todo.isEmpty()) {
            String code = todo.pop();
            if (code.equals(start)) {
                return true;
            }
            if (seen.add(code)) {
                todo.addAll(next.apply(code));
            }
        }
        return false;
    }

    private static List<String> single(String code) {
        return code == null ? List.of() : List.of(code);
    }

    private static boolean fitsUnder(String code, String parentCode) {
        var child = OrganCode.parse(code);
        var parent = OrganCode.parse(parentCode);
        return child.isEmpty() || parent.isEmpty() || child.get().fitsUnder(parent.get());
    }

    private void add(ErrorCode code, Line line, Column column, Object... arguments) {
        problems.add(new Problem(code, column.header(), line.number(), file.columnNumber(column), arguments));
    }
}
