package dev.lambdapackager.runtime.handlers.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/**
 * Returns each event as it was bound: the response is the event read into the events class and written back, so
 * every field of the binding, both ways, is in the comparison.
 */
public class EventEcho {
    public APIGatewayV2HTTPEvent httpApi(APIGatewayV2HTTPEvent event, Context context) {
        return event;
    }

    public APIGatewayProxyRequestEvent restApi(APIGatewayProxyRequestEvent event) {
        return event;
    }

    public SQSEvent sqs(SQSEvent event, Context context) {
        return event;
    }

    public S3Event s3(S3Event event, Context context) {
        return event;
    }

    public ScheduledEvent scheduled(ScheduledEvent event, Context context) {
        return event;
    }

    public DynamodbEvent dynamodb(DynamodbEvent event, Context context) {
        return event;
    }

    public KinesisEvent kinesis(KinesisEvent event, Context context) {
        return event;
    }

    public SNSEvent sns(SNSEvent event, Context context) {
        return event;
    }
}
