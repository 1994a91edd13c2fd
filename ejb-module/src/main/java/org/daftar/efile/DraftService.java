package org.daftar.efile;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.document.Letter;
import org.daftar.document.LetterPdf;
import org.daftar.document.RichText;
import org.daftar.org.Department;
import org.daftar.org.District;
import org.daftar.platform.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Letters drafted in a file (अनुमोदनार्थ प्रारूप): revise, approve, dispatch. Dispatching numbers
 * the letter, renders it as a PDF with shaped Devanagari, puts the PDF into the file's
 * correspondence and, for e-mail, sends it through the {@code mail/daftar} session — all or
 * nothing: if the mail server refuses, nothing is numbered or recorded and the officer is told.
 */
@Stateless
public class DraftService {

    private static final Logger LOG = Logger.getLogger(DraftService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private Numbering numbering;

    @Inject
    private Documents documents;

    @Inject
    private MovementService movements;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<ItemDisposed> disposed;

    @Resource(lookup = "mail/daftar")
    private Session mail;

    public Long create(Long fileId, String subject, String body, String recipients) {
        EFile file = desks.open(EFile.class, fileId);
        Actor actor = desks.holderOf(file);
        Instant now = clock.instant();
        Draft d = new Draft(file, subject, RichText.sanitize(body), recipients, actor.post(), actor.user(), now);
        em.persist(d);
        em.persist(file.audit(actor.login(), "DRAFT_WRITTEN", "v1 " + AuditHash.of(d.latest().getBody()), now));
        movements.flush(file);
        return d.getId();
    }

    public void revise(Long draftId, String subject, String body, String recipients) {
        Draft d = draft(draftId);
        Actor actor = desks.holderOf(d.getFile());
        Instant now = clock.instant();
        DraftVersion v = d.revise(subject, RichText.sanitize(body), recipients, actor.post(), actor.user(), now);
        em.persist(v);
        em.persist(d.getFile().audit(actor.login(), "DRAFT_REVISED", "v" + v.getNumber() + " " + AuditHash.of(v.getBody()), now));
        movements.flush(d.getFile());
    }

    public void approve(Long draftId) {
        Draft d = draft(draftId);
        Actor actor = desks.holderOf(d.getFile());
        Instant now = clock.instant();
        d.approve(actor.post(), actor.user(), now);
        em.persist(d.getFile().audit(actor.login(), "DRAFT_APPROVED", "v" + d.latest().getNumber(), now));
        movements.flush(d.getFile());
    }

    /** Issues an approved draft: number, PDF into the correspondence, e-mail when asked, a disposal. */
    public Dispatch dispatch(Long draftId, DispatchMode mode, String emails) {
        Draft d = draft(draftId);
        EFile file = d.getFile();
        Actor actor = desks.holderOf(file);
        d.dispatched(actor.post());
        List<InternetAddress> to = mode == DispatchMode.EMAIL ? addresses(emails) : List.of();
        Instant now = clock.instant();
        int year = now.atZone(WorkingCalendar.INDIA).getYear();
        var section = file.getSection();
        String number = section.getDepartment().getCode() + "/" + section.getCode() + "/D/"
                + String.format("%04d", numbering.next("D/" + section.getId() + "/" + year)) + "/" + year;
        byte[] pdf = LetterPdf.render(letter(d, number, now));
        Document doc = documents.storeGenerated(file, number.replace('/', '-') + ".pdf", pdf, actor.user());
        Dispatch x = new Dispatch(d, number, mode, to.isEmpty() ? null : String.join(", ", to.stream().map(InternetAddress::getAddress).toList()),
                doc, actor.user(), now);
        em.persist(x);
        em.persist(Correspondence.ofLetter(file, doc, number + " — " + d.getSubject(), actor.user(), now));
        em.persist(new Disposal(actor.user().getId(), actor.post().getId(), file.getId(), DisposalKind.DISPATCH, now));
        em.persist(file.audit(actor.login(), "DISPATCHED", number + " " + mode + " sha256=" + doc.getSha256(), now));
        movements.flush(file);
        disposed.fire(new ItemDisposed(file, DisposalKind.DISPATCH, number, actor, now));
        if (!to.isEmpty()) {
            send(to, number, d.getSubject(), pdf);
        }
        return x;
    }

    private Letter letter(Draft d, String number, Instant now) {
        Department dept = d.getFile().getSection().getDepartment();
        District district = dept.getDistrict();
        DraftVersion v = d.latest();
        return new Letter("कार्यालय " + dept.getName().in(true) + ", " + district.getName().in(true),
                "Office of " + dept.getName().in(false) + ", " + district.getName().in(false),
                number, now.atZone(WorkingCalendar.INDIA).toLocalDate(), v.recipientLines(), d.getSubject(), v.getBody(),
                d.getApprovedBy().getNameHi() + " (" + d.getApprovedBy().getNameEn() + ")",
                d.getApprovedByPost().getDesignation().in(true) + " / " + d.getApprovedByPost().getDesignation().in(false), null);
    }

    private static List<InternetAddress> addresses(String emails) {
        List<InternetAddress> result = new ArrayList<>();
        for (String e : emails == null ? new String[0] : emails.split("[,;\\s]+")) {
            if (e.isBlank()) {
                continue;
            }
            try {
                InternetAddress a = new InternetAddress(e.strip(), true);
                result.add(a);
            } catch (MessagingException bad) {
                throw new BusinessException("dispatch.email.invalid", e.strip());
            }
        }
        if (result.isEmpty()) {
            throw new BusinessException("dispatch.email.required");
        }
        return result;
    }

    private void send(List<InternetAddress> to, String number, String subject, byte[] pdf) {
        try {
            MimeMessage m = new MimeMessage(mail);
            m.setRecipients(Message.RecipientType.TO, to.toArray(new InternetAddress[0]));
            m.setSubject(number + " — " + subject, "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("पत्र संलग्न है। / The letter is attached.\n\n" + number + "\n" + subject, "UTF-8");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            attachment.setFileName(number.replace('/', '-') + ".pdf");
            m.setContent(new MimeMultipart(text, attachment));
            Transport.send(m);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "dispatch e-mail failed", e);
            throw new BusinessException("dispatch.email.failed");
        }
    }

    private Draft draft(Long id) {
        Draft d = id == null ? null : em.find(Draft.class, id);
        if (d == null) {
            throw BusinessException.notFound("draft.notFound");
        }
        desks.open(EFile.class, d.getFile().getId());
        return d;
    }
}
