-- Week and month leaderboards read the kept question_bests (one row per user and daily question)
-- from the period's start, instead of every answer of the period with its score: over 1,000,000
-- answers the workspace month board read about 5,000 pages of the answers table (docs/PERFORMANCE.md).
create index ix_question_bests_channel_first on question_bests (channel_id, first_at);
create index ix_question_bests_workspace_first on question_bests (workspace_id, first_at);
