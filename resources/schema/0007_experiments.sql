-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Experiments (docs/experiments.md): a grid of cases x variants x repeats. Every cell's
-- answer is an ordinary answer (responses), in a conversation of its own per case that the
-- conversation list does not show, so costs, budgets, search and the compare view count and
-- show it as any other; the grid itself (which cell is which answer, and what its checks
-- said) is kept here. Removing a run removes its conversations.

CREATE TABLE experiments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL,                       -- the experiment file's JSON, cases inline
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE experiment_runs (
    id INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    definition TEXT NOT NULL,                       -- the experiment as this run asks it
    status TEXT NOT NULL DEFAULT 'running',         -- running, stopped, done
    max_cost_micros INTEGER,                        -- the limit it was run under
    estimate_micros INTEGER,                        -- what it said it would cost at most
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    heartbeat_at INTEGER NOT NULL                   -- a running run with an old heartbeat was killed
);
CREATE INDEX experiment_runs_by_experiment ON experiment_runs (experiment_id, id);

CREATE TABLE experiment_cells (
    run_id INTEGER NOT NULL REFERENCES experiment_runs (id) ON DELETE CASCADE,
    case_index INTEGER NOT NULL,
    variant_index INTEGER NOT NULL,
    repeat_index INTEGER NOT NULL,
    status TEXT NOT NULL,                           -- running, done, error, refused, skipped
    response_id INTEGER REFERENCES responses (id) ON DELETE SET NULL,
    passed INTEGER,                                 -- 1 or 0 once its checks ran
    checks TEXT NOT NULL DEFAULT '[]',              -- [{"type","passed","detail"}], in order
    message TEXT,                                   -- why it failed, was refused or skipped
    judge_cost_micros INTEGER,                      -- what grading it by a judge cost
    judge_response_ids TEXT NOT NULL DEFAULT '[]',  -- the judges' answers (responses of kind judge)
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (run_id, case_index, variant_index, repeat_index)
) WITHOUT ROWID;

ALTER TABLE conversations ADD COLUMN experiment_run_id INTEGER REFERENCES experiment_runs (id) ON DELETE CASCADE;
CREATE INDEX conversations_by_experiment_run ON conversations (experiment_run_id) WHERE experiment_run_id IS NOT NULL;
