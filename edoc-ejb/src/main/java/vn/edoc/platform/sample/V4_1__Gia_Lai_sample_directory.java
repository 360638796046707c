package vn.edoc.platform.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.edoc.directory.DirectoryCsv;
import vn.edoc.directory.control.DirectoryImport;
import vn.edoc.directory.control.ImportSummary;
import vn.edoc.directory.control.OfficeStore;

/**
 * SAMPLE DATA: the whole Gia Lai directory before 1 July 2025 (province, departments, 17 district-level units, 218
 * communes), imported from {@value #FILE} through the same import as an operator's file. The 2025 reform is a second
 * file ({@value #REFORM}) that an operator applies.
 */
public class V4_1__Gia_Lai_sample_directory extends BaseJavaMigration {
    /** The directory of Gia Lai as of 01/03/2025. */
    public static final String FILE = "/db/sample/directory/gia-lai-2025-03-01.csv";
    /** The 2025 reorganisation, to apply over {@link #FILE}. */
    public static final String REFORM = "/db/sample/directory/gia-lai-2025-07-01-reform.csv";

    private static final Logger LOG = Logger.getLogger(V4_1__Gia_Lai_sample_directory.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        ImportSummary summary =
                new DirectoryImport(new OfficeStore(context.getConnection())).apply(read(FILE), Instant.now());
        LOG.info(() -> "edoc: sample directory of Gia Lai: " + summary);
    }

    /** One of the sample files, read. */
    public static DirectoryCsv.Parsed read(String resource) {
        try (InputStream in = V4_1__Gia_Lai_sample_directory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return DirectoryCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
