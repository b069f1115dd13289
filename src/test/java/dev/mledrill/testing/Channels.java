package dev.mledrill.testing;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.drill.ChannelSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Channel settings for tests. */
public final class Channels {
    private Channels() {}

    public static ChannelSettings weekdays(String id, String zone, String cron, Set<LocalDate> skipDates) {
        return settings(new ChannelRef(Platform.SLACK, "T1", id), zone, cron, skipDates, Optional.empty(), List.of());
    }

    public static ChannelSettings settings(
            ChannelRef channel,
            String zone,
            String cron,
            Set<LocalDate> skipDates,
            Optional<Duration> window,
            List<String> admins) {
        return new ChannelSettings(
                channel,
                "#" + channel.id(),
                cron,
                ZoneId.of(zone),
                Map.of(DayOfWeek.MONDAY, "quantization"),
                skipDates,
                window,
                FeedbackMode.THREAD,
                true,
                true,
                admins);
    }
}
