package dev.lambdapackager.runtime.internal.compat;

import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import java.util.Map;

/** The AWS {@link CognitoIdentity} read from the {@code Lambda-Runtime-Cognito-Identity} JSON. */
final class AwsCognitoIdentity implements CognitoIdentity {

    private final Map<String, Object> json;

    AwsCognitoIdentity(Map<String, Object> json) {
        this.json = json;
    }

    @Override
    public String getIdentityId() {
        return (String) json.get("cognitoIdentityId");
    }

    @Override
    public String getIdentityPoolId() {
        return (String) json.get("cognitoIdentityPoolId");
    }
}
