package org.daftar.cases;

import org.daftar.org.Department;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read the case registers. A pension case names an employee and their retirement, a
 * revenue case the parties to a land dispute: each department reads its own, the collector and
 * ADMs (role COLLECTOR) read every department's, and heads of department every pension case (they
 * review the district's pension pendency in the time-limit meeting).
 */
public final class CaseReaders {

    private CaseReaders() {
    }

    /** The codes of the departments of the posts {@code reader} holds now. */
    public static Set<String> departmentsOf(User reader) {
        return reader.currentPosts().stream().map(p -> p.getDepartment().getCode()).collect(Collectors.toSet());
    }

    public static boolean readsAllRevenueCases(User reader) {
        return reader.getRoles().contains(Role.COLLECTOR);
    }

    public static boolean readsAllPensionCases(User reader) {
        return reader.getRoles().contains(Role.COLLECTOR) || reader.getRoles().contains(Role.HOD);
    }

    /** A revenue court's cases: the posts of the court's department, and the collector and ADMs. */
    public static boolean mayReadRevenueCases(User reader, Department courtDepartment) {
        return readsAllRevenueCases(reader) || departmentsOf(reader).contains(courtDepartment.getCode());
    }

    /** A department's pension cases: its own posts, the heads of department, the collector and ADMs. */
    public static boolean mayReadPensionCases(User reader, Department department) {
        return readsAllPensionCases(reader) || departmentsOf(reader).contains(department.getCode());
    }
}
