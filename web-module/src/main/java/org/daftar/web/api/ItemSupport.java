package org.daftar.web.api;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.daftar.efile.Desks;
import org.daftar.efile.MovementService;
import org.daftar.efile.Track;
import org.daftar.efile.WorkItem;
import org.daftar.platform.BusinessException;
import org.daftar.web.api.EFileJson.MoveRequest;
import org.daftar.web.api.EFileJson.MovementJson;
import org.daftar.web.api.EFileJson.TrackStep;
import org.daftar.web.efile.TryAgain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** What the receipt and file resources share: moving, the track, reading an uploaded part. */
final class ItemSupport {

    private ItemSupport() {
    }

    /** Moves a receipt or file, after making sure {@code id} is one of the {@code type} the path names. */
    static Response move(Desks desks, MovementService movements, UriInfo uri, Class<? extends WorkItem> type, Long id,
                         MoveRequest body) {
        if (body == null) {
            throw new BusinessException("movement.action.required");
        }
        desks.open(type, id);
        MovementJson m = MovementJson.of(TryAgain.ifBusy(() -> movements.move(id, body.command())));
        // a movement is a step of the item's track, which is where it can be read back
        return Response.created(uri.getBaseUriBuilder().path(uri.getPath(false).replaceAll("/movements/?$", "/track")).build())
                .entity(m).build();
    }

    static List<TrackStep> track(Track t, String kind) {
        if (!kind.equals(t.item().kind())) {
            throw BusinessException.notFound("item.notFound");
        }
        return t.steps().stream().map(TrackStep::of).toList();
    }

    /** An uploaded part: the name the client gave it and its bytes. */
    record Upload(String fileName, InputStream content) {
    }

    static Upload upload(List<EntityPart> parts) {
        EntityPart file = part(parts, "file").orElseThrow(() -> new BusinessException("api.upload.missing"));
        try {
            return new Upload(file.getFileName().orElse(null), file.getContent());
        } catch (IllegalStateException e) {
            throw new BusinessException("api.upload.missing");
        }
    }

    static String text(List<EntityPart> parts, String name) {
        return part(parts, name).map(p -> {
            try {
                return p.getContent(String.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }
}
