-- A Discord practice question is sent into the person's DM channel, which is the same channel
-- every time: the session is told apart by its question message, not by its "thread". A reply
-- in the DM belongs to the person's latest practice session there.
alter table practice_sessions drop constraint uq_practice_sessions_user_thread;
alter table practice_sessions add constraint uq_practice_sessions_user_message unique (user_id, message_id);
