package dev.backendcourse.kit.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends 501 Not Implemented with the TODO's text when a request reaches code a student has not written yet: the
 * lab's starter code throws {@code new UnsupportedOperationException("TODO: ...")} there. So {@code curl} and the
 * graded tests show what is left to do, and in which file and line, instead of a bare 500. Any other {@code UnsupportedOperationException} is a
 * bug and is treated like every unexpected exception.
 */
public class UnfinishedCodeMapper implements ExceptionMapper<UnsupportedOperationException> {

    /** The prefix that marks an exception message as a lab's TODO. */
    public static final String TODO_PREFIX = "TODO";

    private static final Logger log = LoggerFactory.getLogger(UnfinishedCodeMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(UnsupportedOperationException exception) {
        String message = exception.getMessage();
        if (message == null || !message.startsWith(TODO_PREFIX)) {
            return new UnexpectedExceptionMapper().toResponse(exception);
        }

        String detail = message + whereThrown(exception);
        log.warn("/{} reached unfinished code: {}", uriInfo == null ? "" : uriInfo.getPath(), detail);
        return ErrorResponses.status(501, detail);
    }

    /** Returns where the TODO sits, such as " (in RootResource.hello, RootResource.java:19)", to lead to the file. */
    private static String whereThrown(Throwable exception) {
        StackTraceElement[] stack = exception.getStackTrace();
        if (stack.length == 0 || stack[0].getFileName() == null) {
            return "";
        }
        StackTraceElement top = stack[0];
        String simpleClassName = top.getClassName().substring(top.getClassName().lastIndexOf('.') + 1);
        return " (in " + simpleClassName + "." + top.getMethodName() + ", " + top.getFileName() + ":"
                + top.getLineNumber() + ")";
    }
}
