package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.events;
import static org.ramp.gateway.TestAgent.post;
import static org.ramp.gateway.TestAgent.request;
import static org.ramp.gateway.TestAgent.streamRequest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Containers reach the gateway through a Unix socket: the bridge on the host, relay.py inside. */
class GatewayUnixSocketTest {

    @TempDir
    Path dir;

    @Test
    void aClientOfTheSocketReachesTheGateway() throws Exception {
        Path socket = dir.resolve("gateway.sock");
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("over the socket", USAGE),
                CannedResponse.message("streamed over the socket", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).build());
                UnixSocketBridge bridge = UnixSocketBridge.start(socket, gateway.address())) {
            assertThat(Files.getPosixFilePermissions(socket)).isEqualTo(PosixFilePermissions.fromString("rwxrwxrwx"));

            String plain = rawHttp(socket, gateway.token(), request("hi"));
            assertThat(plain).startsWith("HTTP/1.1 200").contains("over the socket");
            String stream = rawHttp(socket, gateway.token(), streamRequest("hi", false));
            assertThat(stream).startsWith("HTTP/1.1 200").contains("text/event-stream").contains("data: [DONE]");
            String refused = rawHttp(socket, "wrong", request("hi"));
            assertThat(refused).startsWith("HTTP/1.1 401");

            assertThat(gateway.usage().calls()).isEqualTo(2);
            assertThat(gateway.records().get(1).stream()).isTrue();
            assertThat(gateway.usage().totalTokens()).isEqualTo(2400);
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    void relayPyForwardsALoopbackPortToTheSocket() throws Exception {
        Path socket = dir.resolve("gw.sock");
        Path relay = dir.resolve("relay.py");
        try (InputStream script = Gateway.class.getResourceAsStream("relay.py")) {
            Files.write(relay, script.readAllBytes());
        }
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("via relay", USAGE),
                CannedResponse.toolCall("call_1", "run_shell", "{\"command\": \"ls\"}", USAGE),
                CannedResponse.message("again", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).build());
                UnixSocketBridge bridge = UnixSocketBridge.start(socket, gateway.address())) {
            Process process = new ProcessBuilder("python3", relay.toString(), "--socket", socket.toString(),
                    "--port", "0").redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8));
                String banner = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).get(20, TimeUnit.SECONDS);
                assertThat(banner).startsWith("relay listening on 127.0.0.1:").endsWith("-> " + socket);
                int port = Integer.parseInt(banner.replaceAll(".*127\\.0\\.0\\.1:(\\d+) .*", "$1"));
                String base = "http://127.0.0.1:" + port + "/v1";

                HttpResponse<String> plain = post(base + "/chat/completions", "Bearer " + gateway.token(), request("a"));
                assertThat(plain.statusCode()).isEqualTo(200);
                assertThat(plain.body()).contains("via relay");
                HttpResponse<String> stream = post(base + "/chat/completions", "Bearer " + gateway.token(),
                        streamRequest("b", false));
                assertThat(stream.statusCode()).isEqualTo(200);
                assertThat(events(stream.body())).last().isEqualTo("[DONE]");
                assertThat(stream.body()).contains("run_shell");
                HttpResponse<String> third = post(base + "/chat/completions", "Bearer " + gateway.token(), request("c"));
                assertThat(third.body()).contains("again");
                assertThat(post(base + "/chat/completions", "Bearer nope", request("d")).statusCode()).isEqualTo(401);

                assertThat(gateway.usage().calls()).isEqualTo(3);
                assertThat(gateway.usage().totalTokens()).isEqualTo(3600);
            } finally {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** One HTTP/1.1 request over the Unix socket, read to the end (Connection: close). */
    private static String rawHttp(Path socket, String token, String body) throws Exception {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                    + "\r\nConnection: close\r\n\r\n";
            channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
            channel.write(ByteBuffer.wrap(content));
            StringBuilder answer = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                answer.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }
}
