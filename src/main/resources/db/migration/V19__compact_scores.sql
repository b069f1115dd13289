-- Compact scores (issue 19). Portable SQL: H2 2.x and PostgreSQL 15.

-- A score kept seven score_criteria rows and its explanation as JSON with every evidence quote
-- repeated (about 2 KB an answer). Now each criterion's points and maximum are columns of the
-- score row (null: the score has no such criterion), and the explanation is the compact bytes of
-- rubric.ScoreCodec (evidence as offsets into the answer text) in `packed`. `details` stays for
-- the JSON of scores written before this migration; new rows leave it null.
alter table scores add column outcome_points double precision;
alter table scores add column outcome_max double precision;
alter table scores add column evidence_points double precision;
alter table scores add column evidence_max double precision;
alter table scores add column consistency_points double precision;
alter table scores add column consistency_max double precision;
alter table scores add column budget_points double precision;
alter table scores add column budget_max double precision;
alter table scores add column tradeoff_points double precision;
alter table scores add column tradeoff_max double precision;
alter table scores add column privacy_points double precision;
alter table scores add column privacy_max double precision;
alter table scores add column fallback_points double precision;
alter table scores add column fallback_max double precision;
alter table scores add column off_topic boolean not null default false;
alter table scores add column packed bytea;

update scores set outcome_points = (select sc.points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'outcome'),
    outcome_max = (select sc.max_points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'outcome')
where exists (select 1 from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'outcome');
update scores set evidence_points = (select sc.points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'evidence'),
    evidence_max = (select sc.max_points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'evidence')
where exists (select 1 from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'evidence');
update scores set consistency_points = (select sc.points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'consistency'),
    consistency_max = (select sc.max_points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'consistency')
where exists (select 1 from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'consistency');
update scores set budget_points = (select sc.points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'budget'),
    budget_max = (select sc.max_points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'budget')
where exists (select 1 from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'budget');
update scores set tradeoff_points = (select sc.points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'tradeoff'),
    tradeoff_max = (select sc.max_points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'tradeoff')
where exists (select 1 from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'tradeoff');
update scores set privacy_points = (select sc.points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'privacy'),
    privacy_max = (select sc.max_points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'privacy')
where exists (select 1 from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'privacy');
update scores set fallback_points = (select sc.points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'fallback'),
    fallback_max = (select sc.max_points from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'fallback')
where exists (select 1 from score_criteria sc where sc.score_id = scores.id and sc.criterion = 'fallback');
update scores set off_topic = true where details like '%"id":"off_topic"%';

drop table score_criteria;

-- The criterion ids, and the old per-criterion rows as a view over the columns,
-- for the readers that aggregate per criterion.
create table rubric_criteria (
    id varchar(16) not null primary key
);
insert into rubric_criteria (id) values ('outcome'), ('evidence'), ('consistency'), ('budget'), ('tradeoff'), ('privacy'), ('fallback');

create view score_criteria as
select s.id as score_id, k.id as criterion,
       case k.id when 'outcome' then s.outcome_points when 'evidence' then s.evidence_points when 'consistency' then s.consistency_points when 'budget' then s.budget_points when 'tradeoff' then s.tradeoff_points when 'privacy' then s.privacy_points when 'fallback' then s.fallback_points end as points,
       case k.id when 'outcome' then s.outcome_max when 'evidence' then s.evidence_max when 'consistency' then s.consistency_max when 'budget' then s.budget_max when 'tradeoff' then s.tradeoff_max when 'privacy' then s.privacy_max when 'fallback' then s.fallback_max end as max_points
from scores s cross join rubric_criteria k
where case k.id when 'outcome' then s.outcome_points when 'evidence' then s.evidence_points when 'consistency' then s.consistency_points when 'budget' then s.budget_points when 'tradeoff' then s.tradeoff_points when 'privacy' then s.privacy_points when 'fallback' then s.fallback_points end is not null;
