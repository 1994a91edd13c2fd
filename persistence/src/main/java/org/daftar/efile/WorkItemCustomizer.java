package org.daftar.efile;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * Reads a {@link WorkItem} of either kind in one statement: the subclass tables (efile, receipt)
 * are outer-joined to work_item. Without it EclipseLink first asks the row's kind
 * ({@code SELECT DISTINCT kind FROM work_item WHERE id = ?}) and then reads it with the one
 * subclass table: two statements for every item looked up by id without its kind, four times in a
 * forward through the file page. Registered in META-INF/eclipselink-orm.xml.
 */
public class WorkItemCustomizer implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getInheritancePolicy().setShouldOuterJoinSubclasses(true);
    }
}
