-- Near copies (issue 12, drill.copies). Portable SQL: H2 2.x and PostgreSQL 15.

-- copy_flag is null, 'copied' (a near copy of someone else's earlier answer in the same thread) or
-- 'recycled' (of the author's own earlier answer to another question). A flagged answer is stored
-- and scored but counts for no leaderboard and no streak (store.Standings, JdbcLeaderboards).
-- copy_of is the answer it nearly copies (null once that one is forgotten), copy_similarity the
-- estimated share of 3-word shingles the two texts have in common.
alter table answers add column copy_flag varchar(16);
alter table answers add column copy_of bigint;
alter table answers add column copy_similarity double precision;
alter table answers add constraint fk_answers_copy_of foreign key (copy_of) references answers (id) on delete set null;
-- The revision last checked and the method used: rescoring checks only answers where either differs.
alter table answers add column copy_checked_revision integer;
alter table answers add column copy_method varchar(32);
create index ix_answers_copy_of on answers (copy_of);

-- The signature of each checked revision of an answer, with the time that text was written, so a
-- check compares stored signatures instead of re-reading and re-hashing texts, and an original's
-- later edit does not hide that its first text came first. Not text: a MinHash of word shingles.
create table answer_signatures (
    answer_id  bigint      not null references answers (id) on delete cascade,
    revision   integer     not null,
    method     varchar(32) not null,
    written_at timestamp with time zone not null,
    shingles   integer     not null,
    signature  bytea       not null,
    primary key (answer_id, revision, method)
);
