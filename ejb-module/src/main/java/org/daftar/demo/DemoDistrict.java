package org.daftar.demo;

import org.daftar.calendar.Holiday;
import org.daftar.calendar.HolidayKind;
import org.daftar.org.Department;
import org.daftar.org.District;
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.efile.SubjectHead;
import org.daftar.user.Language;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.*;

/**
 * The demo district, Bilaspur: ten departments, their sections and posts, one person per post
 * with a realistic Hindi and English name, and the 2026–2027 holidays. Built in memory,
 * deterministically (the same names every time); {@link DemoDistrictLoader} saves it.
 */
public final class DemoDistrict {

    /** Retirement at the end of the month in which one turns 62 (Chhattisgarh). */
    static final int RETIREMENT_AGE = 62;

    private static final String[][] FIRST_NAMES = {
            {"Ramesh", "रमेश"}, {"Sunita", "सुनीता"}, {"Anil", "अनिल"}, {"Priya", "प्रिया"}, {"Rajesh", "राजेश"},
            {"Kavita", "कविता"}, {"Mahesh", "महेश"}, {"Neha", "नेहा"}, {"Sanjay", "संजय"}, {"Anjali", "अंजलि"},
            {"Vinod", "विनोद"}, {"Rekha", "रेखा"}, {"Manoj", "मनोज"}, {"Pooja", "पूजा"}, {"Ashok", "अशोक"},
            {"Meena", "मीना"}, {"Dinesh", "दिनेश"}, {"Savita", "सविता"}, {"Rakesh", "राकेश"}, {"Geeta", "गीता"},
            {"Santosh", "संतोष"}, {"Lata", "लता"}, {"Praveen", "प्रवीण"}, {"Shweta", "श्वेता"}, {"Harish", "हरीश"},
            {"Usha", "उषा"}, {"Mukesh", "मुकेश"}, {"Jyoti", "ज्योति"}, {"Kamlesh", "कमलेश"}, {"Ritu", "ऋतु"},
            {"Bhupendra", "भूपेंद्र"}, {"Durga", "दुर्गा"}, {"Yogesh", "योगेश"}, {"Sarita", "सरिता"},
            {"Tikeshwar", "टिकेश्वर"}, {"Hemlata", "हेमलता"}, {"Gopal", "गोपाल"}, {"Kiran", "किरण"},
            {"Lalit", "ललित"}, {"Nirmala", "निर्मला"}, {"Shankar", "शंकर"}, {"Pushpa", "पुष्पा"}};
    private static final String[][] SURNAMES = {
            {"Sahu", "साहू"}, {"Verma", "वर्मा"}, {"Sharma", "शर्मा"}, {"Patel", "पटेल"}, {"Yadav", "यादव"},
            {"Tiwari", "तिवारी"}, {"Mishra", "मिश्रा"}, {"Dubey", "दुबे"}, {"Pandey", "पांडेय"}, {"Singh", "सिंह"},
            {"Chandrakar", "चंद्राकर"}, {"Dhruw", "ध्रुव"}, {"Netam", "नेताम"}, {"Markam", "मरकाम"}, {"Kurre", "कुर्रे"},
            {"Banjare", "बंजारे"}, {"Jangde", "जांगड़े"}, {"Thakur", "ठाकुर"}, {"Gupta", "गुप्ता"}, {"Agrawal", "अग्रवाल"},
            {"Shrivastava", "श्रीवास्तव"}, {"Soni", "सोनी"}, {"Nishad", "निषाद"}, {"Kashyap", "कश्यप"}, {"Tandon", "टंडन"}};

    /** code, English, Hindi, then sections as code|English|Hindi. */
    private static final String[][] DEPARTMENTS = {
            {"GAD", "Collectorate (General Administration)", "सामान्य प्रशासन (कलेक्टोरेट)",
                    "EST|Establishment|स्थापना", "CONF|Confidential|गोपनीय", "RR|Record Room|अभिलेखागार",
                    "TL|Time-limit Cell|समय-सीमा प्रकोष्ठ", "JD|Jandarshan Cell|जनदर्शन प्रकोष्ठ"},
            {"REV", "Revenue", "राजस्व",
                    "RC|Revenue Court|राजस्व न्यायालय", "NAZ|Nazul|नजूल", "DIV|Diversion|व्यपवर्तन", "THL|Tehsil Office|तहसील कार्यालय"},
            {"LR", "Land Records", "भू-अभिलेख",
                    "LR|Land Records|भू-अभिलेख शाखा", "SUR|Survey and Demarcation|सर्वेक्षण एवं सीमांकन", "MUT|Mutation|नामांतरण"},
            {"TRY", "Treasury and Pension", "कोषालय एवं पेंशन",
                    "TRE|Treasury|कोषालय", "PEN|Pension|पेंशन", "ACC|Accounts|लेखा"},
            {"FOOD", "Food and Civil Supplies", "खाद्य एवं नागरिक आपूर्ति",
                    "PDS|Public Distribution|सार्वजनिक वितरण प्रणाली", "PROC|Procurement|उपार्जन", "RCD|Ration Cards|राशन कार्ड"},
            {"EDU", "Education", "शिक्षा",
                    "EST|Establishment|स्थापना", "SCH|Schemes|योजनाएँ", "EXM|Examinations|परीक्षा"},
            {"HEALTH", "Health", "स्वास्थ्य",
                    "EST|Establishment|स्थापना", "NHM|National Health Mission|राष्ट्रीय स्वास्थ्य मिशन", "HOSP|District Hospital|ज़िला चिकित्सालय"},
            {"ZP", "Zila Panchayat", "ज़िला पंचायत",
                    "EST|Establishment|स्थापना", "MGN|MGNREGA|मनरेगा", "PMAY|Rural Housing|ग्रामीण आवास"},
            {"PWD", "Public Works", "लोक निर्माण",
                    "EST|Establishment|स्थापना", "BLD|Buildings|भवन", "RDS|Roads|सड़क"},
            {"TW", "Tribal Welfare", "आदिवासी विकास",
                    "EST|Establishment|स्थापना", "HOS|Hostels|छात्रावास", "SCH|Scholarships|छात्रवृत्ति"}};

    /** Staff posts of every section: code suffix, English, Hindi. */
    private static final String[][] STAFF_POSTS = {
            {"AG2-1", "Assistant Grade-2", "सहायक ग्रेड-2"}, {"AG3-1", "Assistant Grade-3", "सहायक ग्रेड-3"},
            {"AG3-2", "Assistant Grade-3", "सहायक ग्रेड-3"}, {"DEO", "Data Entry Operator", "डाटा एंट्री ऑपरेटर"}};

    private final District district = new District("BSP", "Bilaspur", "बिलासपुर", "Chhattisgarh");
    private final List<Department> departments = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<User> users = new ArrayList<>();
    private final List<Holiday> holidays = new ArrayList<>();
    private final List<SubjectHead> subjectHeads = new ArrayList<>();
    private final Map<String, Post> postByCode = new HashMap<>();
    private final Set<String> logins = new HashSet<>();
    private final LocalDate today;

    public DemoDistrict(LocalDate today) {
        this.today = today;
        Post collector = null;
        Post adm = null;
        for (String[] d : DEPARTMENTS) {
            Department dept = new Department(district, d[0], d[1], d[2]);
            departments.add(dept);
            Post head = null;
            for (int s = 3; s < d.length; s++) {
                String[] sec = d[s].split("\\|");
                Section section = new Section(dept, sec[0], sec[1], sec[2]);
                sections.add(section);
                subjectHeads(section);
                String prefix = d[0] + "-" + sec[0];
                if (s == 3) {
                    if (d[0].equals("GAD")) {
                        collector = post(section, "GAD-COLLECTOR", "Collector", "कलेक्टर", null);
                        adm = post(section, "GAD-ADM", "Additional Collector", "अपर कलेक्टर", collector);
                        head = post(section, "GAD-DC", "Deputy Collector (General Administration)", "डिप्टी कलेक्टर (सामान्य प्रशासन)", adm);
                    } else {
                        head = post(section, d[0] + "-HOD", "Head of Department, " + d[1], "विभागाध्यक्ष, " + d[2], adm);
                    }
                }
                Post officer = post(section, prefix + "-SO", "Section Officer", "अनुभाग अधिकारी", head);
                if (prefix.equals("REV-THL")) {
                    post(section, "REV-THL-TEH", "Tehsildar", "तहसीलदार", head);
                }
                if (prefix.equals("GAD-EST")) {
                    post(section, "GAD-EGOV", "District e-Governance Manager", "ज़िला ई-गवर्नेंस प्रबंधक", adm);
                }
                for (String[] p : STAFF_POSTS) {
                    post(section, prefix + "-" + p[0], p[1], p[2], officer);
                }
            }
        }
        people();
        addHolidays();
    }

    /** Every section files general correspondence, establishment and complaints; some have heads of their own. */
    private void subjectHeads(Section section) {
        subjectHeads.add(new SubjectHead(section, "1", "General correspondence", "सामान्य पत्राचार"));
        subjectHeads.add(new SubjectHead(section, "2", "Establishment", "स्थापना"));
        subjectHeads.add(new SubjectHead(section, "3", "Complaints and jandarshan", "शिकायत एवं जनदर्शन"));
        String code = section.getDepartment().getCode() + "-" + section.getCode();
        switch (code) {
            case "LR-LR" -> {
                subjectHeads.add(new SubjectHead(section, "12-3", "Mutation", "नामांतरण"));
                subjectHeads.add(new SubjectHead(section, "12-4", "Demarcation", "सीमांकन"));
            }
            case "TRY-PEN" -> subjectHeads.add(new SubjectHead(section, "P-1", "Pension cases", "पेंशन प्रकरण"));
            default -> { }
        }
    }

    private Post post(Section section, String code, String en, String hi, Post reportsTo) {
        Post p = new Post(section, code, en, hi, reportsTo);
        posts.add(p);
        postByCode.put(code, p);
        return p;
    }

    private void people() {
        Map<String, String> fixed = Map.of(
                "GAD-EGOV", "admin", "GAD-COLLECTOR", "collector", "GAD-ADM", "adm", "REV-HOD", "hod.revenue",
                "LR-LR-SO", "so.landrecords", "LR-LR-AG2-1", "clerk.landrecords", "TRY-PEN-AG2-1", "clerk.pension",
                "REV-THL-TEH", "tehsildar");
        int i = 0;
        for (Post p : posts) {
            String[] first = FIRST_NAMES[(i * 5 + i / FIRST_NAMES.length) % FIRST_NAMES.length];
            String[] last = SURNAMES[(i * 11 + i / SURNAMES.length) % SURNAMES.length];
            String login = fixed.getOrDefault(p.getCode(), uniqueLogin(first[0] + "." + last[0]));
            logins.add(login);
            User u = new User(login, String.format("CG%06d", 104000 + i * 37), first[0] + " " + last[0],
                    first[1] + " " + last[1]);
            LocalDate birth = birthDate(i);
            u.describe(p.getDesignation().getEn(), String.format("9%09d", 826000000L + i * 7919L),
                    login + "@bsp.cg.gov.in", birth,
                    birth.plusYears(RETIREMENT_AGE).with(TemporalAdjusters.lastDayOfMonth()));
            u.prefer(i % 4 == 3 ? Language.EN : Language.HI);
            u.grant(roles(p, login));
            u.transferTo(p, today.minusYears(1 + i % 6).withDayOfMonth(1));
            users.add(u);
            i++;
        }
        // additional charges: a few section officers also hold a vacant-by-leave neighbour's desk
        charge("so.landrecords", "LR-MUT-SO");
        charge("hod.revenue", "LR-HOD");
    }

    private void charge(String login, String postCode) {
        users.stream().filter(u -> u.getLoginId().equals(login)).findFirst()
                .ifPresent(u -> u.giveAdditionalCharge(postByCode.get(postCode), today.minusMonths(2)));
    }

    /** Ages spread from 27 to 61, and every 25th person retiring within the next three months. */
    private LocalDate birthDate(int i) {
        if (i % 25 == 5) {
            return today.minusYears(RETIREMENT_AGE).plusMonths(1 + i % 3).withDayOfMonth(10);
        }
        return today.minusYears(27 + (i * 13) % 34).minusDays((i * 47) % 360);
    }

    private static Set<Role> roles(Post p, String login) {
        return switch (login) {
            case "admin" -> EnumSet.of(Role.ADMIN, Role.STAFF);
            case "collector", "adm" -> EnumSet.of(Role.COLLECTOR, Role.OFFICER);
            default -> p.getCode().endsWith("-HOD") || p.getCode().equals("GAD-DC") ? EnumSet.of(Role.HOD, Role.OFFICER)
                    : p.getCode().endsWith("-SO") || p.getCode().endsWith("-TEH") ? EnumSet.of(Role.OFFICER)
                    : EnumSet.of(Role.STAFF);
        };
    }

    private String uniqueLogin(String base) {
        String login = base.toLowerCase(Locale.ROOT);
        for (int n = 2; logins.contains(login); n++) {
            login = base.toLowerCase(Locale.ROOT) + n;
        }
        return login;
    }

    private void addHolidays() {
        String[][] list = {
                {"2026-01-26", "Republic Day", "गणतंत्र दिवस"}, {"2026-03-04", "Holi", "होली"},
                {"2026-03-21", "Id-ul-Fitr", "ईद-उल-फ़ित्र"}, {"2026-03-26", "Ram Navami", "राम नवमी"},
                {"2026-03-31", "Mahavir Jayanti", "महावीर जयंती"}, {"2026-04-03", "Good Friday", "गुड फ़्राइडे"},
                {"2026-04-14", "Dr. Ambedkar Jayanti", "डॉ. आंबेडकर जयंती"}, {"2026-05-01", "Buddha Purnima", "बुद्ध पूर्णिमा"},
                {"2026-05-27", "Id-ul-Zuha (Bakrid)", "ईद-उल-ज़ुहा (बकरीद)"}, {"2026-06-26", "Muharram", "मुहर्रम"},
                {"2026-08-15", "Independence Day", "स्वतंत्रता दिवस"}, {"2026-08-28", "Raksha Bandhan", "रक्षाबंधन"},
                {"2026-09-04", "Janmashtami", "जन्माष्टमी"}, {"2026-09-14", "Ganesh Chaturthi", "गणेश चतुर्थी"},
                {"2026-10-02", "Gandhi Jayanti", "गांधी जयंती"}, {"2026-10-20", "Dussehra", "दशहरा"},
                {"2026-11-01", "Chhattisgarh Rajyotsava", "छत्तीसगढ़ राज्योत्सव"}, {"2026-11-08", "Diwali", "दीपावली"},
                {"2026-11-09", "Govardhan Puja", "गोवर्धन पूजा"}, {"2026-11-24", "Guru Nanak Jayanti", "गुरु नानक जयंती"},
                {"2026-12-18", "Guru Ghasidas Jayanti", "गुरु घासीदास जयंती"}, {"2026-12-25", "Christmas", "क्रिसमस"},
                {"2027-01-26", "Republic Day", "गणतंत्र दिवस"}, {"2027-03-22", "Holi", "होली"},
                {"2027-04-14", "Dr. Ambedkar Jayanti", "डॉ. आंबेडकर जयंती"}, {"2027-08-15", "Independence Day", "स्वतंत्रता दिवस"},
                {"2027-10-02", "Gandhi Jayanti", "गांधी जयंती"}, {"2027-10-29", "Diwali", "दीपावली"},
                {"2027-11-01", "Chhattisgarh Rajyotsava", "छत्तीसगढ़ राज्योत्सव"}, {"2027-12-25", "Christmas", "क्रिसमस"}};
        for (String[] h : list) {
            holidays.add(new Holiday(LocalDate.parse(h[0]), h[1], h[2], HolidayKind.GAZETTED));
        }
        holidays.add(new Holiday(LocalDate.parse("2026-07-23"), "Hareli", "हरेली", HolidayKind.LOCAL));
    }

    public District district() { return district; }
    public List<Department> departments() { return departments; }
    public List<Section> sections() { return sections; }
    public List<SubjectHead> subjectHeads() { return subjectHeads; }
    public List<Post> posts() { return posts; }
    public List<User> users() { return users; }
    public List<Holiday> holidays() { return holidays; }
}
