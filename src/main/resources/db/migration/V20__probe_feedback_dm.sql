-- The follow-up probe answered in the DM (feedback mode dm, docs/FOLLOW-UPS.md). Portable SQL: H2 2.x and PostgreSQL 15.

-- Where the probe's feedback landed when it went by DM: the DM channel and the message holding the
-- probe. The person's next message in that DM (or a reply to that message) is the probe's reply.
-- A message there after the window closed is told so once: dm_late_message_id is that message.
alter table answer_probes add column feedback_dm_channel varchar(64);
alter table answer_probes add column feedback_dm_message varchar(64);
alter table answer_probes add column dm_late_message_id varchar(64);
create index ix_answer_probes_feedback_dm on answer_probes (feedback_dm_channel);
