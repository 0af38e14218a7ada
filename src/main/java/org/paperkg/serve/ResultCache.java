package org.paperkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a repeated query from memory. The endpoint is read-only and the store cannot change while it is
 * served (TDB2 allows one process per store), so a successful answer stays right until the server stops.
 * Keyed by path, query (URL parameter or application/sparql-query body) and Accept header; least recently
 * used answers go first once the cache holds {@code maxBytes}. Answers over 64 MB are not kept.
 * Concurrent requests for the same answer wait for the first one instead of computing it again. Every
 * answer says {@code X-Cache: HIT} or {@code MISS}. A request with {@code Cache-Control: no-cache} is always computed.
 */
final class ResultCache implements Filter {
    private static final int MAX_ENTRY_BYTES = 64 << 20;
    /** Tells clients (and tests) whether an answer came from memory, as HTTP caches do. */
    static final String CACHE_HEADER = "X-Cache";

    private record Answer(String contentType, byte[] body) {
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private final java.util.concurrent.ConcurrentHashMap<String, Object> inFlight = new java.util.concurrent.ConcurrentHashMap<>();

    ResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse out)) {
            chain.doFilter(req, res);
            return;
        }
        String contentType = http.getContentType() == null ? "" : http.getContentType();
        HttpServletRequest request = http;
        String query;
        if ("GET".equals(http.getMethod()) && http.getParameter("query") != null) {
            query = http.getQueryString();
        } else if ("POST".equals(http.getMethod()) && contentType.startsWith("application/sparql-query")) {
            byte[] body = http.getInputStream().readAllBytes();
            query = new String(body, StandardCharsets.UTF_8);
            request = new ReplayedBody(http, body);
        } else {
            chain.doFilter(req, res);
            return;
        }
        String key = http.getRequestURI() + "\n" + http.getHeader("Accept") + "\n" + query;
        String cacheControl = http.getHeader("Cache-Control");
        if (cacheControl != null && cacheControl.contains("no-cache")) {
            // the client wants a fresh answer (as HTTP caches do): computed, and remembered for the next one
            compute(key, request, out, chain);
            return;
        }
        Answer hit = cached(key);
        if (hit == null) {
            // one computation per answer: concurrent requests for it wait here, then take the remembered answer
            Object lock = inFlight.computeIfAbsent(key, k -> new Object());
            synchronized (lock) {
                try {
                    hit = cached(key);
                    if (hit == null) {
                        compute(key, request, out, chain);
                        return;
                    }
                } finally {
                    inFlight.remove(key, lock);
                }
            }
        }
        // sent outside any lock, so that many clients read the same answer at once
        out.setStatus(200);
        out.setHeader(CACHE_HEADER, "HIT");
        if (hit.contentType() != null) {
            out.setContentType(hit.contentType());
        }
        out.setContentLength(hit.body().length);
        out.getOutputStream().write(hit.body());
    }

    private synchronized Answer cached(String key) {
        return answers.get(key);
    }

    private void compute(String key, HttpServletRequest request, HttpServletResponse out, FilterChain chain)
            throws IOException, ServletException {
        out.setHeader(CACHE_HEADER, "MISS");
        Capture capture = new Capture(out);
        chain.doFilter(request, capture);
        capture.flushBuffer();
        byte[] body = capture.copy.toByteArray();
        if (capture.getStatus() == 200 && body.length <= MAX_ENTRY_BYTES) {
            remember(key, new Answer(capture.getContentType(), body));
        }
    }

    private synchronized void remember(String key, Answer answer) {
        Answer old = answers.put(key, answer);
        bytes += answer.body().length - (old == null ? 0 : old.body().length);
        var it = answers.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, Answer> eldest = it.next();
            bytes -= eldest.getValue().body().length;
            it.remove();
        }
    }

    /** The request again, its body read once for the key and given back to Fuseki. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
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
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }

    /** Passes the answer on to the client and keeps a copy of its bytes. */
    private static final class Capture extends HttpServletResponseWrapper {
        final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        if (copy.size() <= MAX_ENTRY_BYTES) {
                            copy.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        if (copy.size() <= MAX_ENTRY_BYTES) {
                            copy.write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
