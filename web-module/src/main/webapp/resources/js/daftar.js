/* Live desk: when the server says an item moved, re-read the list and show a short notice. */
function daftarDeskChanged(message) {
    if (typeof deskChanged === 'function') {
        deskChanged();
    }
    var notice = document.getElementById('live-notice');
    if (notice) {
        notice.classList.add('show');
        window.setTimeout(function () { notice.classList.remove('show'); }, 6000);
    }
}

/*
 * A live channel marks the page while its socket is open (data-live-desk="open"): what the server
 * pushes before then is not seen, so the browser tests wait for the mark before they act.
 */
function daftarSocketOpen(channel) {
    document.documentElement.setAttribute('data-live-' + channel, 'open');
}

function daftarSocketClosed(code, channel) {
    document.documentElement.removeAttribute('data-live-' + channel);
}

/*
 * The live sockets open once the page has been on screen for a moment. A page left at once (a
 * quick click through the menu) then never starts a socket upgrade that the browser cuts off
 * halfway: Payara's WebSocket layer (Tyrus) fails on such an upgrade and leaves the request thread
 * with a stale CDI request context, and later pages served by that thread failed.
 */
window.addEventListener('load', function () {
    window.setTimeout(function () {
        ['live-desk', 'live-notice', 'live-track'].forEach(function (id) {
            try {
                faces.push.open(id);
            } catch (e) {
                // no such socket on this page
            }
        });
    }, 400);
});

/* Track page: refresh when the item on screen moved. */
function daftarTrackChanged(itemId) {
    var track = document.querySelector('[data-item]');
    if (track && String(itemId) === track.getAttribute('data-item') && typeof trackChanged === 'function') {
        trackChanged();
    }
}

/* Bell: a notification arrived; re-read the unread count, and the notifications list if it is open. */
function daftarNoticeArrived() {
    if (typeof noticeArrived === 'function') {
        noticeArrived();
    }
    if (typeof noticesChanged === 'function') {
        noticesChanged();
    }
}

/* The bell's new count is also said to screen readers (its label, e.g. "Notifications: 3 unread"). */
function daftarBellAnnounce() {
    var bell = document.getElementById('topbar:bell');
    var live = document.getElementById('bell-live');
    if (bell && live) {
        live.textContent = bell.getAttribute('aria-label');
    }
}
