package cn.redline.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;

/**
 * S3BlobStore and its client settings against an S3 protocol server: s3rver (npm, pinned in src/test/s3rver),
 * installed into target/s3rver and started on a free loopback port. It speaks the S3 REST protocol with
 * path-style addressing, and would store an aws-chunked body verbatim, so a byte-equal round trip proves the
 * client sends plain PUTs. s3rver does not verify SigV4 signatures: credentials are not tested here.
 * Skipped only when node/npm are absent.
 */
class S3BlobStoreTest {

    private static final String BUCKET = "redline-test";
    private static final String KEY = "S3RVER";
    private static Process server;
    private static int port;

    @BeforeAll
    static void startFakeS3() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are needed to run s3rver");
        Path dir = Path.of("target", "s3rver").toAbsolutePath();
        Files.createDirectories(dir);
        for (String f : new String[] {"package.json", "package-lock.json"}) {
            Files.copy(Path.of("src", "test", "s3rver", f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path cli = dir.resolve("node_modules/s3rver/bin/s3rver.js");
        if (!Files.exists(cli)) {
            run(dir, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error");
        }
        Path data = Files.createTempDirectory("s3rver");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new ProcessBuilder("node", cli.toString(), "-d", data.toString(), "-a", "127.0.0.1",
                "-p", Integer.toString(port), "--configure-bucket", BUCKET, "-s")
                .redirectErrorStream(true).redirectOutput(dir.resolve("s3rver.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!listening(port)) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("s3rver did not start; see target/s3rver/s3rver.log");
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopFakeS3() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static StorageConfig.S3 config() {
        return new StorageConfig.S3() {
            @Override
            public Optional<URI> endpoint() {
                return Optional.of(URI.create("http://127.0.0.1:" + port));
            }

            @Override
            public Optional<String> bucket() {
                return Optional.of(BUCKET);
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of(KEY);
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of(KEY);
            }

            @Override
            public boolean pathStyle() {
                return true;
            }
        };
    }

    @Test
    void blobsRoundTripWithTheirContentType() throws IOException {
        try (S3Client client = BlobStoreProducer.s3Client(config()); S3BlobStore store = new S3BlobStore(client, BUCKET)) {
            String key = UUID.randomUUID().toString();
            byte[] jpeg = SampleFiles.jpeg();
            store.put(key, jpeg, "image/jpeg");
            try (InputStream in = store.get(key)) {
                assertArrayEquals(jpeg, in.readAllBytes());
            }
            assertEquals("image/jpeg", client.headObject(HeadObjectRequest.builder().bucket(BUCKET).key(key).build()).contentType());

            byte[] big = SampleFiles.pngOfSize(3 * 1024 * 1024 + 17);
            store.put(key, new ByteArrayInputStream(big), big.length, "image/png");
            try (InputStream in = store.get(key)) {
                assertArrayEquals(big, in.readAllBytes());
            }

            store.delete(key);
            assertThrows(BlobStore.MissingBlob.class, () -> store.get(key));
            store.delete(key);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("npm.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed; see target/s3rver/npm.log");
        }
    }
}
