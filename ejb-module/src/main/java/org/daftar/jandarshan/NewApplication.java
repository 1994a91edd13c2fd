package org.daftar.jandarshan;

/**
 * An application as the counter enters it.
 *
 * @param department       the department's code
 * @param markedTo         the post's code; null: the department's head ({@code <DEPT>-HOD})
 * @param confirmDuplicate true to register although the same mobile brought the same subject minutes ago
 */
public record NewApplication(String applicantName, String relativeName, String village, String mobile, String subject,
                             String department, JandarshanCategory category, String markedTo, boolean confirmDuplicate) {
}
