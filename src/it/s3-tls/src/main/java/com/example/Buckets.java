package com.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * Lists the buckets of an S3 endpoint on loopback, over TLS 1.2 with ECDHE-ECDSA only (an EC key, EC key exchange:
 * the algorithms jdk.crypto.ec holds on JDK 17), and answers with the event and the buckets as JSON.
 */
public class Buckets implements StreamingLambdaHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUITE = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";

    private final SSLContext tls;
    private final SSLServerSocket server;
    private final S3Client s3;

    public Buckets() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Buckets.class.getResourceAsStream("/loopback-ec.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, "changeit".toCharArray());
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(keys);
        tls = SSLContext.getInstance("TLSv1.2");
        tls.init(km.getKeyManagers(), tm.getTrustManagers(), null);
        server = (SSLServerSocket)
                tls.getServerSocketFactory().createServerSocket(0, 4, java.net.InetAddress.getLoopbackAddress());
        server.setEnabledProtocols(new String[] {"TLSv1.2"});
        server.setEnabledCipherSuites(new String[] {SUITE});
        s3 = S3Client.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("https://127.0.0.1:" + server.getLocalPort()))
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .httpClient(UrlConnectionHttpClient.builder()
                        .tlsTrustManagersProvider(tm::getTrustManagers)
                        .build())
                .build();
    }

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        byte[] bytes = new byte[event.remaining()];
        event.get(bytes);
        Map<?, ?> input = JSON.readValue(bytes, Map.class);
        Thread answering = new Thread(this::answerOneRequest, "loopback-s3");
        answering.start();
        String buckets = s3.listBuckets().buckets().stream().map(Bucket::name).collect(Collectors.joining(","));
        answering.join();
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("input", input);
        output.put("buckets", buckets);
        writer.writeAndFinish(ByteBuffer.wrap(JSON.writeValueAsBytes(output)));
    }

    /** One HTTPS request: reads the request head, answers a ListBuckets result. */
    private void answerOneRequest() {
        try (var socket = (javax.net.ssl.SSLSocket) server.accept()) {
            InputStream in = socket.getInputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            byte[] body =
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                                    + "<Owner><ID>it</ID></Owner><Buckets><Bucket><Name>ec-only-"
                                    + socket.getSession().getCipherSuite() + "</Name>"
                                    + "<CreationDate>2026-11-26T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            socket.getOutputStream()
                    .write(("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: " + body.length
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
