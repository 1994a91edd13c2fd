package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.daftar.efile.Priority;
import org.daftar.platform.BusinessException;
import org.daftar.samiksha.AssignmentRow;
import org.daftar.samiksha.Instruction;
import org.daftar.samiksha.InstructionForm;
import org.daftar.samiksha.InstructionView;
import org.daftar.samiksha.Meeting;
import org.daftar.samiksha.MeetingService;
import org.daftar.samiksha.MeetingType;
import org.daftar.samiksha.MeetingView;
import org.daftar.samiksha.SamikshaService;
import org.daftar.web.api.EFileJson.DocumentJson;

import java.time.LocalDate;
import java.util.List;

/**
 * e-Samiksha over HTTP: meetings, instructions and each assignee's compliance. Reviewer actions
 * name the assignee's post ({@code assignee}); assignee actions act for the caller's own part.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SamikshaResource {

    public record NewMeeting(LocalDate date, MeetingType type, String title, List<String> attendees) {
    }

    public record MeetingJson(Long id, LocalDate date, MeetingType type, String title, String chair) {
        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.getId(), m.getDate(), m.getType(), m.getTitle(), m.getChair().getCode());
        }
    }

    public record NewInstruction(String text, List<String> assignees, LocalDate deadline, Integer workingDays,
                                 Priority priority, List<Long> fileIds) {
    }

    public record Text(String text, String assignee) {
    }

    public record Extension(LocalDate until, String reason) {
    }

    public record Decision(String assignee, Boolean grant, String remark) {
    }

    @Inject
    private SamikshaService samiksha;

    @Inject
    private MeetingService meetings;

    @Context
    private UriInfo uri;

    @POST
    @Path("meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response meeting(NewMeeting body, @QueryParam("post") Long post) {
        if (body == null || body.date() == null) {
            throw new BusinessException("meeting.date.required");
        }
        Meeting m = samiksha.holdMeeting(body.date(), body.type(), body.title(), body.attendees(), post);
        return Response.created(uri.getBaseUriBuilder().path("v1/meetings").path(String.valueOf(m.getId())).build())
                .entity(MeetingJson.of(m)).build();
    }

    /** A meeting with its instructions (every assignee's state and documents) and what earlier meetings left open. */
    @GET
    @Path("meetings/{id}")
    public MeetingView meeting(@PathParam("id") Long id) {
        return meetings.view(id);
    }

    /** The minutes as an A4 PDF, in both languages, with the state of every instruction now. */
    @GET
    @Path("meetings/{id}/minutes.pdf")
    @Produces("application/pdf")
    public Response minutes(@PathParam("id") Long id) {
        return Response.ok(meetings.minutesPdf(id), "application/pdf")
                .header("Content-Disposition", DocumentsResource.contentDisposition(MeetingService.minutesFileName(id)))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("meetings/{id}/instructions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response instruct(@PathParam("id") Long meetingId, NewInstruction body, @QueryParam("post") Long post) {
        if (body == null) {
            throw new BusinessException("instruction.text.required");
        }
        InstructionForm f = new InstructionForm();
        f.setMeetingId(meetingId);
        f.setText(body.text());
        f.setAssignees(body.assignees());
        f.setDeadline(body.deadline());
        f.setWorkingDays(body.workingDays());
        f.setPriority(body.priority() == null ? Priority.ORDINARY : body.priority());
        f.setItemIds(body.fileIds());
        Instruction i = samiksha.issue(f, post);
        return Response.created(uri.getBaseUriBuilder().path("v1/instructions").path(String.valueOf(i.getId())).build())
                .entity(samiksha.view(i.getId())).build();
    }

    /** The console (collector: district-wide; HOD: own department) or, with {@code mine=true}, the caller's own parts. */
    @GET
    @Path("instructions")
    public List<AssignmentRow> list(@QueryParam("department") String department, @QueryParam("status") String status,
                                    @QueryParam("mine") boolean mine) {
        List<AssignmentRow> rows = mine ? samiksha.mine(null) : samiksha.console(department);
        return status == null || status.isBlank() ? rows
                : rows.stream().filter(r -> r.status().name().equalsIgnoreCase(status) || r.standing().name().equalsIgnoreCase(status)).toList();
    }

    @GET
    @Path("instructions/{id}")
    public InstructionView get(@PathParam("id") Long id) {
        return samiksha.view(id);
    }

    @POST
    @Path("instructions/{id}/compliance")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstructionView comply(@PathParam("id") Long id, Text body) {
        samiksha.submitCompliance(samiksha.assignmentId(id, null), body == null ? null : body.text());
        return samiksha.view(id);
    }

    /** The caller attaches a document (multipart part "file": PDF, JPEG or PNG) to their own open part's compliance report. */
    @POST
    @Path("instructions/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") Long id, List<EntityPart> parts) {
        ItemSupport.Upload upload = ItemSupport.upload(parts);
        DocumentJson d = DocumentJson.of(samiksha.addComplianceDocument(samiksha.assignmentId(id, null), upload.fileName(),
                upload.content()));
        return Response.created(uri.getBaseUriBuilder().path(DocumentsResource.class).path(String.valueOf(d.id())).build())
                .entity(d).build();
    }

    @POST
    @Path("instructions/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstructionView accept(@PathParam("id") Long id, Text body) {
        samiksha.accept(samiksha.assignmentId(id, assignee(body)));
        return samiksha.view(id);
    }

    @POST
    @Path("instructions/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstructionView giveBack(@PathParam("id") Long id, Text body) {
        samiksha.returnCompliance(samiksha.assignmentId(id, assignee(body)), body.text());
        return samiksha.view(id);
    }

    @POST
    @Path("instructions/{id}/ask-reason")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstructionView askReason(@PathParam("id") Long id, Text body) {
        samiksha.askReason(samiksha.assignmentId(id, assignee(body)));
        return samiksha.view(id);
    }

    @POST
    @Path("instructions/{id}/reason")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstructionView reason(@PathParam("id") Long id, Text body) {
        samiksha.giveReason(samiksha.assignmentId(id, null), body == null ? null : body.text());
        return samiksha.view(id);
    }

    @POST
    @Path("instructions/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstructionView extension(@PathParam("id") Long id, Extension body) {
        samiksha.requestExtension(samiksha.assignmentId(id, null), body == null ? null : body.until(),
                body == null ? null : body.reason());
        return samiksha.view(id);
    }

    @POST
    @Path("instructions/{id}/extension/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstructionView decide(@PathParam("id") Long id, Decision body) {
        if (body == null || body.assignee() == null || body.grant() == null) {
            throw new BusinessException("instruction.assignee.required");
        }
        samiksha.decideExtension(samiksha.assignmentId(id, body.assignee()), body.grant(), body.remark());
        return samiksha.view(id);
    }

    private static String assignee(Text body) {
        if (body == null || body.assignee() == null || body.assignee().isBlank()) {
            throw new BusinessException("instruction.assignee.required");
        }
        return body.assignee();
    }
}
