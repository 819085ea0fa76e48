package dev.lambdapackager.runtime.handlers.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;

/** An HTTP API (payload 2.0) function: answers with what it read from the request; {@code /fail} throws. */
public class HttpApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (event.getRawPath().equals("/fail")) {
            throw new IllegalArgumentException("No route for " + event.getRouteKey());
        }
        APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
        response.setStatusCode(201);
        response.setHeaders(Map.of("content-type", "application/json"));
        response.setMultiValueHeaders(Map.of(
                "x-seen",
                List.of(
                        event.getRequestContext().getHttp().getMethod(),
                        event.getRequestContext().getHttp().getSourceIp())));
        response.setCookies(event.getCookies());
        response.setBody("{\"path\":\"" + event.getRawPath() + "\",\"query\":\"" + event.getQueryStringParameters()
                + "\",\"stage\":\"" + event.getRequestContext().getStage() + "\",\"body\":" + event.getBody() + "}");
        return response;
    }
}
