package dev.lambdapackager.runtime.handlers.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Stream functions with partial batch responses, as {@code Class::method} handlers. */
public class StreamRecordsHandler {

    /** DynamoDB Streams: REMOVE records fail, identified by sequence number. */
    public StreamsEventResponse dynamodb(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            if ("REMOVE".equals(record.getEventName())) {
                failures.add(new StreamsEventResponse.BatchItemFailure(
                        record.getDynamodb().getSequenceNumber()));
            }
        }
        return new StreamsEventResponse(failures);
    }

    /** Kinesis: records whose data decodes to "poison" fail. */
    public static StreamsEventResponse kinesis(KinesisEvent event) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
            String data =
                    StandardCharsets.UTF_8.decode(record.getKinesis().getData()).toString();
            if (data.contains("poison")) {
                failures.add(new StreamsEventResponse.BatchItemFailure(
                        record.getKinesis().getSequenceNumber()));
            }
        }
        return new StreamsEventResponse(failures);
    }
}
