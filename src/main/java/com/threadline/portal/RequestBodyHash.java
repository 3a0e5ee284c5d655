package com.threadline.portal;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-256 of a request's body, and the request to hand on (its body read once here, so it is read again from
 * memory). A multipart body is hashed by its parts as the servlet container parsed them, so a file is streamed
 * through the digest, never held in memory.
 */
record RequestBodyHash(String hash, HttpServletRequest request) {

    /** A JSON input from a phone is a few hundred bytes; anything near this is not one. */
    static final int MAX_PLAIN_BODY = 1024 * 1024;

    /** Empty when the body cannot be read as what it claims to be, or is too large: then the app answers it. */
    static Optional<RequestBodyHash> of(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            return ofParts(request);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_PLAIN_BODY + 1);
        if (body.length > MAX_PLAIN_BODY) {
            return Optional.empty();
        }
        return Optional.of(new RequestBodyHash(HexFormat.of().formatHex(sha256().digest(body)),
                new BodyFromMemory(request, body)));
    }

    private static Optional<RequestBodyHash> ofParts(HttpServletRequest request) throws IOException {
        MessageDigest digest = sha256();
        try {
            for (Part part : request.getParts()) {
                update(digest, part.getName());
                update(digest, part.getSubmittedFileName());
                update(digest, part.getContentType());
                try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (ServletException | IllegalStateException unreadable) {
            return Optional.empty();
        }
        return Optional.of(new RequestBodyHash(HexFormat.of().formatHex(digest.digest()), request));
    }

    private static void update(MessageDigest digest, String value) {
        digest.update((value == null ? "\u0000" : value + "\u0001").getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body served again from the bytes already read. */
    private static final class BodyFromMemory extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyFromMemory(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}
