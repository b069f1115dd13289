-- Standings kept up to date as answers are stored, scored, rescored, withdrawn and forgotten
-- (store.Standings), so all-time leaderboards and streak boards read a few rows per user
-- instead of aggregating every answer. Portable SQL: H2 2.x and PostgreSQL 15.

-- Each user's counted answers (in the window, not practice, not withdrawn) to one daily question:
-- the best current score among them (0 until scored) and when the first one arrived.
create table question_bests (
    user_id            bigint           not null references users (id),
    posted_question_id bigint           not null references posted_questions (id),
    channel_id         bigint           not null references channels (id),
    workspace_id       bigint           not null references workspaces (id),
    drill_date         date             not null,
    best               double precision not null,
    first_at           timestamp with time zone not null,
    primary key (user_id, posted_question_id)
);
-- Streaks read (user_id, drill_date) of a whole channel or workspace from these indexes alone.
create index ix_question_bests_channel on question_bests (channel_id, user_id, drill_date);
create index ix_question_bests_workspace on question_bests (workspace_id, user_id, drill_date);

-- A user's all-time totals in a channel (scope 'channel', scope_id = channels.id) and in its
-- workspace ('workspace', scope_id = workspaces.id): the sums of question_bests. No index on points:
-- a scope has one row per member, sorting them is cheap, and every score would rewrite the index.
create table standings (
    scope    varchar(16)      not null,
    scope_id bigint           not null,
    user_id  bigint           not null references users (id),
    points   double precision not null,
    answered integer          not null,
    first_at timestamp with time zone not null,
    primary key (scope, scope_id, user_id)
);

-- What the answers stored before this migration add up to.
insert into question_bests (user_id, posted_question_id, channel_id, workspace_id, drill_date, best, first_at)
select a.user_id, a.posted_question_id, pq.channel_id, c.workspace_id, pq.drill_date,
       coalesce(max(s.total), 0), min(a.received_at)
from answers a
join posted_questions pq on pq.id = a.posted_question_id
join channels c on c.id = pq.channel_id
left join scores s on s.answer_id = a.id and s.current_score = true
where a.late = false and a.practice = false and a.withdrawn_at is null
group by a.user_id, a.posted_question_id, pq.channel_id, c.workspace_id, pq.drill_date;

insert into standings (scope, scope_id, user_id, points, answered, first_at)
select 'channel', channel_id, user_id, sum(best), count(*), min(first_at)
from question_bests group by channel_id, user_id;

insert into standings (scope, scope_id, user_id, points, answered, first_at)
select 'workspace', workspace_id, user_id, sum(best), count(*), min(first_at)
from question_bests group by workspace_id, user_id;

-- Streak boards read every freeze of a channel or workspace.
create index ix_streak_freezes_scope on streak_freezes (scope, scope_id, user_id);
