package dev.mledrill.chat.slack;

/** A Slack Web API call that failed for good; the message names the method and Slack's error code only. */
public final class SlackCallFailed extends RuntimeException {
    private final String method;
    private final String error;

    SlackCallFailed(String method, String error) {
        super("Slack " + method + " failed: " + error);
        this.method = method;
        this.error = error;
    }

    SlackCallFailed(String method, String error, Throwable cause) {
        super("Slack " + method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }
}
