package dev.lambdapackager.runtime.handlers.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/** A REST API (proxy integration) function: answers with what it read from the request. */
public class RestApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "text/plain"))
                .withMultiValueHeaders(event.getMultiValueHeaders())
                .withBody(event.getHttpMethod() + " " + event.getPath() + " " + event.getPathParameters() + " "
                        + event.getRequestContext().getIdentity().getSourceIp() + " " + event.getBody())
                .withIsBase64Encoded(false);
    }
}
