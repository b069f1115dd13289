-- Private answers (channel option answers: private): who keeps their text out of the reveal at the
-- close (/drill reveal off; their score still counts), and the answer count last shown on each
-- question message, so the live count is edited at most once a minute whichever instance ticks.
alter table users add column reveal_opt_out boolean not null default false;
alter table posted_questions add column answers_shown integer;
alter table posted_questions add column answers_shown_at timestamp with time zone;
