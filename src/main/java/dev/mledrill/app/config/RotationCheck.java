package dev.mledrill.app.config;

import dev.mledrill.drill.ChannelSettings;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks, once the question bank is loaded, that every rotation names a category the bank has. */
public final class RotationCheck {
    private RotationCheck() {}

    /** @throws ConfigException naming each channel's weekday whose category the bank lacks */
    public static void requireKnownCategories(AppConfig config, Collection<String> categories, String source) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < config.channels().size(); i++) {
            ChannelSettings channel = config.channels().get(i);
            for (Map.Entry<DayOfWeek, String> day : channel.rotation().entrySet()) {
                if (!categories.contains(day.getValue())) {
                    problems.add("channels[" + i + "].rotation."
                            + day.getKey().name().toLowerCase(Locale.ROOT)
                            + ": unknown category '" + day.getValue() + "' (the question bank has: "
                            + String.join(", ", categories) + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
    }
}
