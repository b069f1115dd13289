package dev.mledrill.chat.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.ViewState;
import java.util.Map;

/** The text typed into a modal's input, read from its {@code view_submission}; empty when absent. */
final class SlackModalInput {
    private SlackModalInput() {}

    static String text(ViewSubmissionPayload payload, String blockId, String actionId) {
        if (payload.getView().getState() == null || payload.getView().getState().getValues() == null) {
            return "";
        }
        Map<String, ViewState.Value> block =
                payload.getView().getState().getValues().get(blockId);
        ViewState.Value value = block == null ? null : block.get(actionId);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }
}
