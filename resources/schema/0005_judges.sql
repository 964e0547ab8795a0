-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Judges (docs/judge.md). A judge's answer about a turn's answers (a fused answer, a
-- checklist, a scored table, one ballot of a peer ranking) is a response of the turn like
-- any other, so it streams, is checkpointed, costs and is searched the same way; `kind`
-- keeps it apart from the models' answers, and `judgement` holds what was read from it.

ALTER TABLE responses ADD COLUMN kind TEXT NOT NULL DEFAULT 'answer' CHECK (kind IN ('answer', 'judge'));
ALTER TABLE responses ADD COLUMN judgement TEXT;   -- JSON: synthesis, claims, scores, ranking

-- The judge a conversation uses: {"target": "account/model", "mode": "fuse", "auto": true}.
ALTER TABLE conversations ADD COLUMN judge TEXT;

-- The user's own modes: a built-in mode's reply with their instructions.
CREATE TABLE judge_modes (
    name TEXT PRIMARY KEY,
    base_mode TEXT NOT NULL CHECK (base_mode IN ('fuse', 'checklist', 'table', 'rank')),
    instructions TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,            -- raised at every edit
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
