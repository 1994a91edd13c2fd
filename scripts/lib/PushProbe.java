import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A browser's Faces websocket, for scripts/cluster.sh check: connects to a push channel with a
 * session cookie, prints "connected", then every message it receives, one a line, for SECONDS.
 * Run as a single source file: java PushProbe.java URL COOKIE SECONDS
 */
public class PushProbe {

    public static void main(String[] args) throws Exception {
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", args[1])
                .buildAsync(URI.create(args[0]), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        System.out.println("message " + data);
                        ws.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        System.out.println("connected");
        Thread.sleep(TimeUnit.SECONDS.toMillis(Long.parseLong(args[2])));
        socket.abort();
    }
}
