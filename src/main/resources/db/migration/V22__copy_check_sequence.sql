-- Near-copy checks read what changed in a thread since their last check, not the whole thread
-- (store.ThreadSignatures). Portable SQL: H2 2.x and PostgreSQL 15.

-- Each check of an answer in a posted question's thread takes the next number of copy_checks (under
-- that row's lock, so the numbers of one thread are committed in order) and stores it as the
-- answer's copy_seq. An answer not checked at its current revision has none: a counted edit clears it.
alter table posted_questions add column copy_checks bigint default 0 not null;
alter table answers add column copy_seq bigint;

-- Answers already checked at their current revision with the method of V11 are read once, as checked.
update answers set copy_seq = 0
 where posted_question_id is not null and copy_checked_revision = revision and copy_method = 'smh128x16-w3-v1';

create index ix_answers_thread_copy_seq on answers (posted_question_id, copy_seq);
