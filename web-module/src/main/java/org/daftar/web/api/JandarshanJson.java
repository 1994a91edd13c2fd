package org.daftar.web.api;

import org.daftar.jandarshan.JandarshanCategory;
import org.daftar.jandarshan.JandarshanStatus;
import org.daftar.jandarshan.NewApplication;
import org.daftar.platform.BusinessException;

import java.util.Locale;

/** The JSON the jandarshan API reads; it answers with the service's {@link org.daftar.jandarshan.JandarshanView}. */
public final class JandarshanJson {

    private JandarshanJson() {
    }

    /**
     * A citizen's application. {@code department} and {@code markedTo} are codes; {@code category}
     * one of LAND, PENSION, RATION, HEALTH, EDUCATION, SCHEME, OTHER.
     */
    public record NewJandarshan(String applicantName, String relativeName, String village, String mobile, String subject,
                                String department, String category, String markedTo, Boolean confirmDuplicate) {

        NewApplication application() {
            return new NewApplication(applicantName, relativeName, village, mobile, subject, department,
                    JandarshanJson.category(category), markedTo, Boolean.TRUE.equals(confirmDuplicate));
        }
    }

    /** The reply given to the citizen. */
    public record DisposalRequest(String reply) {
    }

    static JandarshanCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JandarshanCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("jandarshan.category.invalid", value.strip());
        }
    }

    static JandarshanStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JandarshanStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("jandarshan.status.invalid", value.strip());
        }
    }

    /** The acknowledgement number as part of a file name: {@code JD-2026-000123}. */
    static String fileName(String ack) {
        return org.daftar.jandarshan.JandarshanApplication.canonicalAck(ack).orElse("slip").replace('/', '-');
    }

    /** {@code true}/{@code false} (absent: false); anything else is refused rather than read as false. */
    static boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BusinessException("api.flag.invalid", name);
        };
    }
}
