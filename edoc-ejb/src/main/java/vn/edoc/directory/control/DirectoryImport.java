package vn.edoc.directory.control;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.edoc.directory.DirectoryChecks;
import vn.edoc.directory.DirectoryCsv;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * Applies a directory file: every line creates its office or replaces it; offices not in the file stay as they are.
 * The whole file is checked before anything is written, and it is written in the caller's transaction, so a bad file
 * changes nothing and a good one changes everything at once.
 */
public final class DirectoryImport {
    private final OfficeStore store;
    private final int maxOffices;

    /** An import with no bound on the directory's size: for files the axis trusts (the sample, benchmarks). */
    public DirectoryImport(OfficeStore store) {
        this(store, Integer.MAX_VALUE);
    }

    /** An import into {@code store} that never grows the directory past {@code maxOffices}. */
    public DirectoryImport(OfficeStore store, int maxOffices) {
        this.store = store;
        this.maxOffices = maxOffices;
    }

    /** Checks and writes {@code file}; refuses it whole, with every problem, when any line is wrong. */
    public ImportSummary apply(DirectoryCsv.Parsed read, Instant now) throws SQLException {
        if (read.lines().isEmpty()) {
            refuseIf(read.problems()); // a bad header: there is nothing to check further
        }
        long revision = store.lockNextRevision(); // first: a concurrent import waits here, then sees our offices
        Map<String, OfficeRecord> existing = store.loadAll();
        DirectoryCsv.Parsed file = read.completedFrom(existing);
        // the lines that read well are checked too, so that one answer lists every bad line of the file
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(DirectoryChecks.check(file, existing, store.levels()));
        problems.sort(Comparator.comparingInt(Problem::line));
        refuseIf(problems);

        List<OfficeRecord> created = new ArrayList<>();
        List<OfficeRecord> updated = new ArrayList<>();
        List<OfficeChange> changes = new ArrayList<>();
        for (DirectoryCsv.Line line : file.lines()) {
            OfficeRecord before = existing.get(line.office().code());
            if (!line.office().equals(before)) {
                (before == null ? created : updated).add(line.office());
                changes.addAll(OfficeChange.between(before, line.office()));
            }
        }
        if (existing.size() + created.size() > maxOffices) {
            // a flood of new codes would fill the tables, the trees and every DMS's address book
            throw new EdocException(ErrorCode.DIRECTORY_FULL, "file", existing.size() + created.size(), maxOffices);
        }
        int unchanged = file.lines().size() - created.size() - updated.size();
        if (changes.isEmpty()) {
            return new ImportSummary(0, 0, unchanged, 0, revision - 1);
        }
        write(created, updated, existing, changes, revision, now);
        return new ImportSummary(created.size(), updated.size(), unchanged, changes.size(), revision);
    }

    private void write(
            List<OfficeRecord> created,
            List<OfficeRecord> updated,
            Map<String, OfficeRecord> existing,
            List<OfficeChange> changes,
            long revision,
            Instant now)
            throws SQLException {
        store.clearSecondCodes(updated.stream()
                .filter(o ->
                        !Objects.equals(o.secondCode(), existing.get(o.code()).secondCode()))
                .toList());
        store.insert(parentsFirst(created, existing), revision, now);
        store.update(updated, revision, now);
        List<OfficeRecord> touched = new ArrayList<>(created);
        touched.addAll(updated);
        store.replaceSuccessors(touched);
        store.append(changes, revision, now);
        store.commitRevision(revision, now);
    }

    /** New offices ordered so that each comes after its parent when the parent is new too. */
    private static List<OfficeRecord> parentsFirst(List<OfficeRecord> created, Map<String, OfficeRecord> existing) {
        Map<String, OfficeRecord> fresh = new HashMap<>();
        created.forEach(o -> fresh.put(o.code(), o));
        Map<String, Integer> depth = new HashMap<>();
        for (OfficeRecord office : created) {
            depth.put(office.code(), depthAmongNew(office, fresh));
        }
        List<OfficeRecord> ordered = new ArrayList<>(created);
        ordered.sort(Comparator.comparing(o -> depth.get(o.code())));
        return ordered;
    }

    // the checks refused parent cycles, so this walk ends
    private static int depthAmongNew(OfficeRecord office, Map<String, OfficeRecord> fresh) {
        int depth = 0;
        OfficeRecord parent = office.parentCode() == null ? null : fresh.get(office.parentCode());
        while (parent != null) {
            depth++;
            parent = parent.parentCode() == null ? null : fresh.get(parent.parentCode());
        }
        return depth;
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw EdocException.of(ErrorCode.DIRECTORY_FILE_INVALID, problems);
        }
    }
}
