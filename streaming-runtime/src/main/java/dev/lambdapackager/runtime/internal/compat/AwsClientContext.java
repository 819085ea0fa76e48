package dev.lambdapackager.runtime.internal.compat;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AWS {@link ClientContext} read from the {@code Lambda-Runtime-Client-Context} JSON that the AWS Mobile
 * SDK sends: {@code {"client": {...}, "custom": {...}, "env": {...}}}.
 */
final class AwsClientContext implements ClientContext {

    private final Map<String, Object> json;

    AwsClientContext(Map<String, Object> json) {
        this.json = json;
    }

    @Override
    public Client getClient() {
        Map<String, String> client = strings("client");
        return client.isEmpty() ? null : new AwsClient(client);
    }

    @Override
    public Map<String, String> getCustom() {
        return strings("custom");
    }

    @Override
    public Map<String, String> getEnvironment() {
        return strings("env");
    }

    private Map<String, String> strings(String member) {
        Object value = json.get(member);
        if (!(value instanceof Map)) {
            return Collections.emptyMap();
        }
        Map<String, String> strings = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            strings.put(
                    String.valueOf(entry.getKey()),
                    entry.getValue() == null ? null : entry.getValue().toString());
        }
        return Collections.unmodifiableMap(strings);
    }

    /** The {@code client} member: who installed which app. */
    private static final class AwsClient implements Client {
        private final Map<String, String> fields;

        AwsClient(Map<String, String> fields) {
            this.fields = fields;
        }

        @Override
        public String getInstallationId() {
            return fields.get("installation_id");
        }

        @Override
        public String getAppTitle() {
            return fields.get("app_title");
        }

        @Override
        public String getAppVersionName() {
            return fields.get("app_version_name");
        }

        @Override
        public String getAppVersionCode() {
            return fields.get("app_version_code");
        }

        @Override
        public String getAppPackageName() {
            return fields.get("app_package_name");
        }
    }
}
