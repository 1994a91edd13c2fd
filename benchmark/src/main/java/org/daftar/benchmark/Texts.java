package org.daftar.benchmark;

import java.util.List;
import java.util.SplittableRandom;

/** Names and subjects of the generated district, half in Hindi and half in English, as offices write them. */
final class Texts {
    private Texts() {
    }

    /** Code, English name, Hindi name of the 40 departments; the first is the collectorate. */
    static final String[][] DEPARTMENTS = {
            {"COL", "Collectorate", "कलेक्टोरेट"}, {"REV", "Revenue", "राजस्व"}, {"LR", "Land Records", "भू-अभिलेख"},
            {"FIN", "Finance and Treasury", "वित्त एवं कोषालय"}, {"PWD", "Public Works", "लोक निर्माण"},
            {"EDU", "School Education", "स्कूल शिक्षा"}, {"HLT", "Health", "स्वास्थ्य"}, {"AGR", "Agriculture", "कृषि"},
            {"FOOD", "Food and Civil Supplies", "खाद्य एवं नागरिक आपूर्ति"}, {"PNC", "Panchayat", "पंचायत"},
            {"RD", "Rural Development", "ग्रामीण विकास"}, {"WCD", "Women and Child Development", "महिला एवं बाल विकास"},
            {"SW", "Social Welfare", "समाज कल्याण"}, {"TRB", "Tribal Welfare", "आदिम जाति कल्याण"},
            {"FOR", "Forest", "वन"}, {"MIN", "Mining", "खनिज"}, {"EXC", "Excise", "आबकारी"}, {"LAB", "Labour", "श्रम"},
            {"IND", "Industries", "उद्योग"}, {"WRD", "Water Resources", "जल संसाधन"}, {"PHE", "Public Health Engineering", "लोक स्वास्थ्य यांत्रिकी"},
            {"ELE", "Elections", "निर्वाचन"}, {"EST", "Establishment", "स्थापना"}, {"PEN", "Pensions", "पेंशन"},
            {"ANI", "Animal Husbandry", "पशुपालन"}, {"FIS", "Fisheries", "मत्स्य"}, {"HOR", "Horticulture", "उद्यानिकी"},
            {"COOP", "Cooperatives", "सहकारिता"}, {"TRN", "Transport", "परिवहन"}, {"URB", "Urban Administration", "नगरीय प्रशासन"},
            {"SPT", "Sports and Youth", "खेल एवं युवा कल्याण"}, {"CUL", "Culture", "संस्कृति"}, {"STA", "Statistics", "सांख्यिकी"},
            {"JAN", "Public Grievances", "जन शिकायत"}, {"LEG", "Legal", "विधि"}, {"NIC", "e-Governance", "ई-गवर्नेंस"},
            {"DM", "Disaster Management", "आपदा प्रबंधन"}, {"SKL", "Skill Development", "कौशल विकास"},
            {"HSG", "Housing", "आवास"}, {"REG", "Registration and Stamps", "पंजीयन एवं मुद्रांक"}};

    static final String[][] SECTIONS = {{"Establishment", "स्थापना"}, {"Accounts", "लेखा"}, {"General", "सामान्य"},
            {"Planning", "योजना"}, {"Complaints", "शिकायत"}, {"Court Cases", "न्यायालयीन प्रकरण"}, {"Records", "अभिलेख"},
            {"Schemes", "योजनाएँ"}};

    static final String[][] HEADS = {{"General correspondence", "सामान्य पत्राचार"}, {"Personnel matters", "कर्मचारी प्रकरण"},
            {"Budget and accounts", "बजट एवं लेखा"}, {"Public complaints", "जन शिकायतें"}};

    private static final String[] FIRST_EN = {"Ramesh", "Suresh", "Anita", "Sunita", "Rajesh", "Priya", "Mahesh", "Kavita",
            "Dinesh", "Pooja", "Santosh", "Rekha", "Vijay", "Meena", "Ashok", "Geeta", "Manoj", "Neha", "Sanjay", "Lata"};
    private static final String[] FIRST_HI = {"रमेश", "सुरेश", "अनीता", "सुनीता", "राजेश", "प्रिया", "महेश", "कविता",
            "दिनेश", "पूजा", "संतोष", "रेखा", "विजय", "मीना", "अशोक", "गीता", "मनोज", "नेहा", "संजय", "लता"};
    private static final String[] LAST_EN = {"Sharma", "Verma", "Sahu", "Patel", "Yadav", "Dewangan", "Tiwari", "Mishra",
            "Netam", "Kashyap", "Dhruv", "Chandrakar", "Sinha", "Gupta", "Banjare"};
    private static final String[] LAST_HI = {"शर्मा", "वर्मा", "साहू", "पटेल", "यादव", "देवांगन", "तिवारी", "मिश्रा",
            "नेताम", "कश्यप", "ध्रुव", "चंद्राकर", "सिन्हा", "गुप्ता", "बंजारे"};
    private static final String[] VILLAGES_EN = {"Sirgitti", "Lalkhadan", "Koni", "Sendri", "Mopka", "Bilha", "Takhatpur",
            "Kota", "Masturi", "Belgahna", "Ratanpur", "Seepat"};
    private static final String[] VILLAGES_HI = {"सिरगिट्टी", "लालखदान", "कोनी", "सेंदरी", "मोपका", "बिल्हा", "तखतपुर",
            "कोटा", "मस्तूरी", "बेलगहना", "रतनपुर", "सीपत"};

    private static final List<String> SUBJECTS_HI = List.of(
            "ग्राम %s खसरा क्रमांक %d का नामांतरण प्रकरण", "श्री %s का पेंशन प्रकरण", "ग्राम %s में शाला भवन की मरम्मत",
            "जनदर्शन आवेदन क्रमांक %2$d पर कार्यवाही", "ग्राम %s में पेयजल समस्या की शिकायत", "समय-सीमा पत्र क्रमांक %2$d का पालन",
            "श्री %s की सेवा पुस्तिका का सत्यापन", "ग्राम %s के सीमांकन हेतु आवेदन", "सूचना का अधिकार आवेदन क्रमांक %2$d");
    private static final List<String> SUBJECTS_EN = List.of(
            "Mutation case of khasra no. %2$d, village %1$s", "Pension case of Shri %s", "Repair of school building at %s",
            "Action on jandarshan application no. %2$d", "Complaint about drinking water in village %s",
            "Compliance of time-limit letter no. %2$d", "Verification of service book of Shri %s",
            "Application for demarcation of land at %s", "RTI application no. %2$d");
    static final String[] REMARKS = {"कृपया अवलोकन कर आदेशार्थ।", "For perusal and orders.", "प्रस्ताव अनुमोदनार्थ प्रस्तुत।",
            "Please examine and put up.", "आवश्यक कार्यवाही हेतु।", "Put up with the previous papers."};
    static final String[] RETURNS = {"कृपया संशोधित प्रस्ताव प्रस्तुत करें।", "Please resubmit with the revised statement.",
            "पूर्व पत्राचार संलग्न कर पुनः प्रस्तुत करें।", "Returned: the tehsildar's report is not on file."};
    static final String[] PULL_BACKS = {"त्रुटिवश प्रेषित, वापस लिया गया।", "Sent by mistake; called back."};
    static final String[] PARKINGS = {"तहसीलदार के प्रतिवेदन की प्रतीक्षा।", "Awaiting the tehsildar's report.",
            "न्यायालय के निर्णय की प्रतीक्षा।", "Kept aside until the court's decision."};
    static final String[] CLOSINGS = {"कार्यवाही पूर्ण, नस्तीबद्ध।", "Action completed; file closed.", "आवेदक को सूचित किया गया।",
            "Disposed of; reply sent."};
    static final String[] NOTES = {
            "प्रकरण में संबंधित अभिलेखों का परीक्षण किया गया। नियमानुसार कार्यवाही प्रस्तावित है, अनुमोदनार्थ प्रस्तुत।",
            "The papers have been examined. The proposal is in order and may be approved.",
            "पटवारी प्रतिवेदन प्राप्त। आपत्ति निरंक। आदेश हेतु प्रस्तुत।",
            "Report of the field officer received; no objection. Submitted for orders.",
            "स्वीकृत। आगामी कार्यवाही की जाए।", "Approved. Issue the letter."};

    /** English and Hindi names of person number {@code n} (deterministic). */
    static String[] person(int n) {
        int f = n % FIRST_EN.length;
        int l = (n / FIRST_EN.length) % LAST_EN.length;
        return new String[]{FIRST_EN[f] + " " + LAST_EN[l], FIRST_HI[f] + " " + LAST_HI[l]};
    }

    static String pick(String[] a, SplittableRandom r) { return a[r.nextInt(a.length)]; }

    /** A file or receipt subject: Hindi or English half the time each. */
    static String subject(SplittableRandom r) {
        int v = r.nextInt(VILLAGES_EN.length);
        int n = 1 + r.nextInt(9_999);
        boolean hindi = r.nextBoolean();
        List<String> forms = hindi ? SUBJECTS_HI : SUBJECTS_EN;
        String form = forms.get(r.nextInt(forms.size()));
        String place = form.contains("श्री") || form.contains("Shri") ? person(n)[hindi ? 1 : 0]
                : (hindi ? VILLAGES_HI : VILLAGES_EN)[v];
        return String.format(form, place, n);
    }
}
