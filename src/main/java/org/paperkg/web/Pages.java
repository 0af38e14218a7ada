package org.paperkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages and their static files, all from the classpath: the app's own HTML, scripts and styles (folder
 * {@code web/} of the jar) and the npm libraries they use (WebJars, named in {@code vendor.properties}). Nothing
 * is fetched from elsewhere, so the app works offline.
 */
final class Pages extends HttpServlet {
    /** Page paths to their HTML files. */
    private static final Map<String, String> PAGES = Map.of(
            "/", "index.html",
            "/leaderboard", "leaderboard.html",
            "/paper", "paper.html",
            "/entity", "entity.html",
            "/sparql", "sparql.html");
    /** The servlet paths this serves: the pages, the app's files and the libraries' files. */
    static final java.util.List<String> PATHS = java.util.List.of("", "/leaderboard", "/paper", "/entity", "/sparql",
            "/assets/*", "/vendor/*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml");
    /** The libraries' files do not change while the jar does not: a day in the browser's cache. */
    private static final String LIBRARY_CACHING = "public, max-age=86400";

    private final Properties vendor = new Properties();

    Pages() {
        try (InputStream in = Pages.class.getResourceAsStream("vendor.properties")) {
            vendor.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty()) {
            path = "/";
        }
        String resource;
        String caching = "no-cache";
        if (PAGES.containsKey(path)) {
            resource = "/web/" + PAGES.get(path);
        } else if (path.startsWith("/assets/") && path.matches("/assets/[A-Za-z0-9_.-]+")) {
            resource = "/web" + path;
        } else if (path.startsWith("/vendor/") && vendor.containsKey(path.substring("/vendor/".length()))) {
            resource = "/" + vendor.getProperty(path.substring("/vendor/".length()));
            caching = LIBRARY_CACHING;
        } else {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no page " + path);
            return;
        }
        try (InputStream in = Pages.class.getResourceAsStream(resource)) {
            if (in == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND, "missing from this build: " + resource);
                return;
            }
            byte[] body = in.readAllBytes();
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            res.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            res.setHeader("Cache-Control", caching);
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setContentLength(body.length);
            res.getOutputStream().write(body);
        }
    }
}
