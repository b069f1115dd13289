-- Streak reminders (/drill remind on|off, quiet hours) and the Friday weekly wrap-up.

-- A person's own reminder choice; without a row the channel's `reminders` option decides.
create table reminder_settings (
    user_id     bigint      not null primary key references users (id),
    enabled     boolean     not null,
    quiet_from  time,
    quiet_to    time,
    updated_at  timestamp with time zone not null
);

-- One reminder per person per posted question: the key is the claim, as for posts; sent_at is
-- set once the platform took the DM (a claim without it is taken over after a lease).
create table reminders_sent (
    user_id            bigint not null references users (id),
    posted_question_id bigint not null references posted_questions (id),
    claimed_at         timestamp with time zone not null,
    sent_at            timestamp with time zone,
    primary key (user_id, posted_question_id)
);

-- One weekly wrap-up per channel and week (the week's Monday in the channel's zone).
create table weekly_summaries (
    channel_id  bigint not null references channels (id),
    week_start  date   not null,
    claimed_at  timestamp with time zone not null,
    posted_at   timestamp with time zone,
    primary key (channel_id, week_start)
);
