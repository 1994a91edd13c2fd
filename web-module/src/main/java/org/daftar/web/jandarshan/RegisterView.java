package org.daftar.web.jandarshan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.daftar.jandarshan.JandarshanCategory;
import org.daftar.jandarshan.JandarshanService;
import org.daftar.jandarshan.JandarshanView;
import org.daftar.jandarshan.NewApplication;
import org.daftar.org.Department;
import org.daftar.org.OrgService;
import org.daftar.platform.BusinessException;
import org.daftar.web.i18n.Formats;
import org.daftar.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The jandarshan counter: a citizen's application with the documents handed in, marked to the
 * head of the department chosen (who passes it on like any dak). When the same
 * mobile brought the same subject minutes ago the service refuses it as a probable duplicate; the
 * page says so, keeps what was typed and offers to register it anyway. Once registered, the
 * documents are attached one by one (a refused file is named with the reason, the others and the
 * application stay) and the application's page opens with its acknowledgement number and slip.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    @Inject
    private JandarshanService jandarshan;

    @Inject
    private OrgService org;

    @Inject
    private Formats formats;

    private String applicantName;
    private String relativeName;
    private String village;
    private String mobile;
    private String subject;
    private String department;
    private JandarshanCategory category = JandarshanCategory.OTHER;
    private transient List<Part> documents = new ArrayList<>();
    private String duplicateOf;
    private List<Department> departments;

    @PostConstruct
    void init() {
        departments = org.departments().stream().filter(Department::isActive).toList();
    }

    public String register() throws IOException {
        return register(false);
    }

    /** Registers although the service warned of a duplicate. */
    public String registerAnyway() throws IOException {
        return register(true);
    }

    private String register(boolean confirmDuplicate) throws IOException {
        JandarshanView a;
        try {
            a = jandarshan.register(new NewApplication(applicantName, relativeName, village, mobile, subject, department,
                    category, null, confirmDuplicate));
        } catch (BusinessException e) {
            if (!"jandarshan.duplicate".equals(e.key())) {
                throw e;
            }
            duplicateOf = String.valueOf(e.args()[0]);
            Messages.error(null, e.key(), e.args());
            return null;
        }
        Messages.keep();
        Messages.info(null, "jandarshan.registered", a.ackNumber(), formats.date(a.deadline()));
        for (Part part : documents) {
            if (part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty())) {
                continue; // the field was left empty
            }
            try (InputStream in = part.getInputStream()) {
                jandarshan.attach(a.ackNumber(), part.getSubmittedFileName(), in);
            } catch (BusinessException e) {
                Messages.error(null, "jandarshan.documentRefused", part.getSubmittedFileName(), Messages.text(e.key(), e.args()));
            }
        }
        return ApplicationView.outcome(a.ackNumber());
    }

    public JandarshanCategory[] getCategories() { return JandarshanCategory.values(); }
    public List<Department> getDepartments() { return departments; }
    public String getDuplicateOf() { return duplicateOf; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getRelativeName() { return relativeName; }
    public void setRelativeName(String relativeName) { this.relativeName = relativeName; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public JandarshanCategory getCategory() { return category; }
    public void setCategory(JandarshanCategory category) { this.category = category; }
    public List<Part> getDocuments() { return documents; }
    public void setDocuments(List<Part> documents) { this.documents = documents == null ? new ArrayList<>() : documents; }
}
