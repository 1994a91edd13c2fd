package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.daftar.efile.PostDirectory;
import org.daftar.web.api.EFileJson.PostJson;

import java.util.List;

/** Finding the post to send an item to, by code, designation, section or department, in Hindi or English. */
@Path("/v1/posts")
@RequestScoped
public class PostsResource {

    @Inject
    private PostDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public List<PostJson> find(@QueryParam("q") String q, @QueryParam("max") @DefaultValue("20") int max) {
        return directory.find(q, max).stream()
                .map(p -> new PostJson(p.code(), p.name(), p.nameHi(), p.department(), p.section())).toList();
    }
}
