package org.daftar.web.efile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.Details;
import org.daftar.efile.Track;
import org.daftar.efile.TrackService;

/** The track of a receipt or file: where it is, since when, and each desk's time; refreshed live. */
@Named
@ViewScoped
public class TrackView extends ItemPage {

    @Inject
    private TrackService tracks;

    private Track track;

    @Override
    protected void read() {
        track = tracks.track(id);
    }

    public void refresh() { read(); }

    @Override
    public Details.ItemState state() { return track == null ? null : track.item(); }

    public String itemOutcome() { return track != null && "FILE".equals(track.item().kind()) ? "/file/view" : "/dak/view"; }

    public Track getTrack() { return track; }
}
