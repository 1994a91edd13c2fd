package org.daftar.mis.onboarding;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the onboarding tracker and the adoption report show: read models, not entities. */
public final class OnboardingRows {

    private OnboardingRows() {
    }

    /**
     * A step of a department: done or not, when and by whom (recorded steps), what (the address, the
     * nodal officer), and for the computed steps how many of how many ({@code have} of {@code need}).
     */
    public record StepState(Step step, boolean done, LocalDate doneOn, String by, String detail, long have, long need)
            implements Serializable {
    }

    public record DepartmentOnboarding(Long departmentId, String code, String nameEn, String nameHi,
                                       List<StepState> steps, int percent) implements Serializable {
        public List<StepState> lacking() {
            return steps.stream().filter(s -> !s.done()).toList();
        }

        public StepState step(Step step) {
            return steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
        }
    }

    /** Every department, and the district's percentage: the counted steps done of all departments' counted steps. */
    public record OnboardingReport(List<DepartmentOnboarding> departments, int districtPercent) implements Serializable {
    }

    public record UnmappedPost(String code, String designationEn, String designationHi, String sectionEn, String sectionHi)
            implements Serializable {
    }

    public record Employee(Long userId, String employeeCode, String login, String nameEn, String nameHi) implements Serializable {
    }

    /**
     * A department's e-Office work in a week. {@code physicalFiles} is null until declared;
     * {@code digitalShare} (percent) is null while it cannot be worked out.
     */
    public record Adoption(Long departmentId, String code, String nameEn, String nameHi, LocalDate weekStart,
                           long receipts, long files, long movements, long notes, Integer physicalFiles,
                           String declaredBy, Integer digitalShare) implements Serializable {
    }

    /**
     * The share of work done digitally: the files a department opened in e-Office in the week, of
     * those and the paper files it declared it still worked on that week. Null when both are nought
     * or nothing was declared.
     */
    public static Integer digitalShare(long eFiles, Integer physicalFiles) {
        if (physicalFiles == null || eFiles + physicalFiles == 0) {
            return null;
        }
        return (int) Math.round(100.0 * eFiles / (eFiles + physicalFiles));
    }
}
