package vn.edoc.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, deployed as it is: the tests exercise what operators deploy. */
final class EdocDeployment {
    private EdocDeployment() {}

    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("edoc.it.ear", "target/deploy/edoc-ear.ear"));
        return ShrinkWrap.create(ZipImporter.class, "edoc.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
