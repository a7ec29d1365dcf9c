package dev.backendcourse.kit.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Rejects a request body larger than {@link #MAX_BODY_BYTES} with 413, whether the client declared its length or
 * streams it in chunks, so one request cannot make the server read gigabytes.
 */
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    /** 1 MiB: far above any JSON body in the course, far below what would strain a laptop. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private static final int PAYLOAD_TOO_LARGE = 413;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream()));
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(
                "Request body is larger than the limit of " + MAX_BODY_BYTES + " bytes", PAYLOAD_TOO_LARGE);
    }

    /** Counts the bytes read and fails once the limit is passed. */
    private static final class LimitedInputStream extends FilterInputStream {

        private long bytesRead;

        LimitedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) {
            bytesRead += bytes;
            if (bytesRead > MAX_BODY_BYTES) {
                throw tooLarge();
            }
        }
    }
}
