package org.daftar.user;

import jakarta.validation.constraints.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the administrator types to create or change a person; the page binds to it, the service reads it. */
public class UserForm implements Serializable {

    private Long id;

    @NotBlank(message = "{user.login.required}")
    @Pattern(regexp = UserRules.LOGIN, message = "{user.login.invalid}")
    private String loginId;

    @NotBlank(message = "{user.employeeCode.required}")
    @Pattern(regexp = UserRules.EMPLOYEE_CODE, message = "{user.employeeCode.invalid}")
    private String employeeCode;

    @NotBlank(message = "{name.en.required}")
    @Size(max = 100)
    @Pattern(regexp = UserRules.NAME_EN, message = "{user.nameEn.invalid}")
    private String nameEn;

    @NotBlank(message = "{name.hi.required}")
    @Size(max = 100)
    @Pattern(regexp = UserRules.NAME_HI, message = "{user.nameHi.invalid}")
    private String nameHi;

    @Size(max = 80)
    private String designation;

    @Pattern(regexp = UserRules.MOBILE, message = "{user.mobile.invalid}")
    private String mobile;

    @Email(message = "{user.email.invalid}")
    @Size(max = 120)
    private String email;

    @Past(message = "{user.birth.past}")
    private LocalDate dateOfBirth;

    private LocalDate dateOfRetirement;

    @NotNull
    private Language preferredLanguage = Language.HI;

    @NotEmpty(message = "{user.roles.required}")
    private List<Role> roles = new ArrayList<>(List.of(Role.STAFF));

    private boolean active = true;

    /** Only when creating: the first post and the first password (which must be changed at first login). */
    private Long primaryPostId;
    private String initialPassword;

    public UserForm() {
    }

    static UserForm of(User u) {
        UserForm f = new UserForm();
        f.id = u.getId();
        f.loginId = u.getLoginId();
        f.employeeCode = u.getEmployeeCode();
        f.nameEn = u.getNameEn();
        f.nameHi = u.getNameHi();
        f.designation = u.getDesignation();
        f.mobile = u.getMobile();
        f.email = u.getEmail();
        f.dateOfBirth = u.getDateOfBirth();
        f.dateOfRetirement = u.getDateOfRetirement();
        f.preferredLanguage = u.getPreferredLanguage();
        f.roles = new ArrayList<>(u.getRoles());
        f.active = u.isActive();
        return f;
    }

    public boolean isNew() { return id == null; }

    public Long getId() { return id; }
    public String getLoginId() { return loginId; }
    public void setLoginId(String loginId) { this.loginId = loginId; }
    public String getEmployeeCode() { return employeeCode; }
    public void setEmployeeCode(String employeeCode) { this.employeeCode = employeeCode; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameHi() { return nameHi; }
    public void setNameHi(String nameHi) { this.nameHi = nameHi; }
    public String getDesignation() { return designation; }
    public void setDesignation(String designation) { this.designation = designation; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public LocalDate getDateOfRetirement() { return dateOfRetirement; }
    public void setDateOfRetirement(LocalDate dateOfRetirement) { this.dateOfRetirement = dateOfRetirement; }
    public Language getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(Language preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Long getPrimaryPostId() { return primaryPostId; }
    public void setPrimaryPostId(Long primaryPostId) { this.primaryPostId = primaryPostId; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
}
