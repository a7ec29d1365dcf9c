package dev.backendcourse.kit.testing;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Fails a test at once, with the TODO's text as the message, when the server responds with 501 because the request
 * reached starter code the student has not replaced yet. Without it the test would fail with only "expected status
 * 200 but was 501", and the student would have to dig the TODO out of the log.
 */
final class UnfinishedCodeFilter implements OrderedFilter {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        if (answer.statusCode() != 501 || !String.valueOf(answer.contentType()).startsWith("application/json")) {
            return answer;
        }

        String detail = answer.jsonPath().getString("detail");
        if (detail != null && detail.startsWith("TODO")) {
            throw new AssertionError(request.getMethod() + " " + request.getDerivedPath() + " reached code that is"
                    + " still yours to write: " + detail);
        }
        return answer;
    }

    /** Runs after REST-assured's logging filters, so a failing request is still logged first. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
