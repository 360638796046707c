package vn.edoc.ws;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Bounds a SOAP request whose packet travels inline (base64 in the XML, not an MTOM attachment) before any of it is
 * read: the XML stack holds such a body in memory as it parses it, where an MTOM attachment streams to disk. A body
 * announced larger than {@code edoc.ws.max-inline-bytes} is refused at once with HTTP 413 and the coded fault {@code
 * INLINE_TOO_LARGE}, which tells the client to send the packet with MTOM; a body sent in chunks is cut off where it
 * passes the limit. The bytes of a UTF-8 body are screened on the way ({@link EnvelopeBytes}: a DTD, a NUL), which
 * is cut off with HTTP 400 and {@code ENVELOPE_INVALID}. Either way Metro's own answer is held back for the coded one.
 */
@WebFilter(urlPatterns = "/AxisService")
public class InlineBodyLimit implements Filter {
    private static final Logger LOG = Logger.getLogger(InlineBodyLimit.class.getName());
    /**
     * 8 MiB, a packet of about 6 MB: parsing base64 inline costs the XML stack about ten times its size in heap (a
     * 16 MiB body exhausted a 256 MB heap, 12 MiB did not); MTOM carries up to {@code edoc.packet.max-bytes}.
     */
    private static final long DEFAULT_MAX = 8L * 1024 * 1024;

    private long maxBytes;

    @Override
    public void init(jakarta.servlet.FilterConfig config) {
        maxBytes = ConfigProvider.getConfig()
                .getOptionalValue("edoc.ws.max-inline-bytes", Long.class)
                .orElse(DEFAULT_MAX);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!"POST".equals(http.getMethod()) || isMtom(http.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        long announced = http.getContentLengthLong();
        if (announced > maxBytes) {
            refuse((HttpServletResponse) response, announced);
            return;
        }
        Bounded bounded = new Bounded(http, maxBytes, isUtf8(http.getCharacterEncoding()));
        HttpServletResponse answer = (HttpServletResponse) response;
        try {
            chain.doFilter(bounded, new Unanswered(answer, bounded));
        } catch (IOException | ServletException | RuntimeException e) {
            // Metro's servlet hands the cut-off on wrapped or not, depending on where it was reading
            if (bounded.refusal() == null) {
                throw e;
            }
        } finally {
            QuietCutOffs.done();
        }
        Refusal refusal = bounded.refusal();
        if (refusal != null) {
            // one line, not the container's stack trace; Metro's generic fault was held back for the coded one
            LOG.info(() -> "edoc: a SOAP request from " + http.getRemoteAddr() + " was cut off: "
                    + refusal.reason().message(Locale.ENGLISH));
            if (!answer.isCommitted()) {
                answer.reset();
                answer(answer, refusal.status(), refusal.reason());
            }
        }
    }

    /** SOAP over HTTP is UTF-8 unless the request says otherwise; only UTF-8 is screened byte by byte. */
    private static boolean isUtf8(String charset) {
        return charset == null || charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("UTF8");
    }

    /** MTOM (XOP) and SOAP with attachments come as multipart/related; Metro streams their parts to disk. */
    private static boolean isMtom(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related");
    }

    private void refuse(HttpServletResponse response, long announced) throws IOException {
        answer(
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                new EdocException(ErrorCode.INLINE_TOO_LARGE, "Body", announced, maxBytes));
    }

    private static void answer(HttpServletResponse response, int status, EdocException refusal) throws IOException {
        try {
            SOAPMessage message = Faults.faultMessage(refusal);
            response.setStatus(status);
            response.setContentType("text/xml;charset=UTF-8");
            response.setHeader("Connection", "close"); // the body is not read: the connection cannot be reused
            message.writeTo(response.getOutputStream());
        } catch (SOAPException e) {
            response.sendError(status);
        }
    }

    /** Why a request was cut off: the HTTP status and the coded refusal it is answered with. */
    private record Refusal(int status, EdocException reason) {}

    /** The response, whose body is held back once the request was cut off: the filter answers instead. */
    private static final class Unanswered extends HttpServletResponseWrapper {
        private final Bounded request;

        Unanswered(HttpServletResponse response, Bounded request) {
            super(response);
            this.request = request;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ServletOutputStream out = super.getOutputStream();
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (request.refusal() == null) {
                        out.write(b);
                    }
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (request.refusal() == null) {
                        out.write(bytes, offset, length);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (request.refusal() == null) {
                        out.flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }

        @Override
        public void flushBuffer() throws IOException {
            if (request.refusal() == null) {
                super.flushBuffer();
            }
        }
    }

    /** The request with a body that fails once more than {@code max} bytes were read. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long max;
        private final boolean utf8;
        private BoundedStream bounded;

        Bounded(HttpServletRequest request, long max, boolean utf8) {
            super(request);
            this.max = max;
            this.utf8 = utf8;
        }

        /** Why the body was cut off, or null while it was not. */
        Refusal refusal() {
            return bounded == null ? null : bounded.refusal;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream(), max, utf8 ? new EnvelopeBytes() : null);
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private final EnvelopeBytes screen;
        private final byte[] one = new byte[1];
        private long read;
        private Refusal refusal;

        BoundedStream(ServletInputStream in, long max, EnvelopeBytes screen) {
            this.in = in;
            this.max = max;
            this.screen = screen;
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        /**
         * The body's bytes, up to where it is cut off; from there on its end, so that the parser stops where it is
         * (an exception here would reach Metro's log as a stack trace) and the filter answers.
         */
        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (refusal != null) {
                return -1;
            }
            int n = in.read(buffer, offset, length);
            return n > 0 && cutOff(buffer, offset, n) ? -1 : n;
        }

        private boolean cutOff(byte[] buffer, int offset, int n) {
            read += n;
            if (read > max) {
                refusal = new Refusal(
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        new EdocException(ErrorCode.INLINE_TOO_LARGE, "Body", "> " + max, max));
            } else {
                String problem = screen == null ? null : screen.problem(buffer, offset, n);
                if (problem != null) {
                    refusal = new Refusal(
                            HttpServletResponse.SC_BAD_REQUEST,
                            new EdocException(ErrorCode.ENVELOPE_INVALID, "Envelope", problem));
                }
            }
            if (refusal != null) {
                QuietCutOffs.cutOff();
            }
            return refusal != null;
        }

        @Override
        public boolean isFinished() {
            return refusal != null || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
