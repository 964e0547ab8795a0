-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- The prompt library (docs/prompt-library.md): saved prompts and personas (system prompts)
-- with {{variables}}. Every edit adds a version; none is ever changed, so an answer that
-- records {"name", "version"} in its parameters ("prompt", "persona") can always be traced
-- to the exact text. A conversation that a persona started records which version.

CREATE TABLE library_prompts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL DEFAULT 'prompt',            -- prompt, persona
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL                     -- when the latest version was made
);

CREATE TABLE library_prompt_versions (
    prompt_id INTEGER NOT NULL REFERENCES library_prompts (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,                       -- 1, 2, ...: the newest is the highest
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (prompt_id, version)
) WITHOUT ROWID;

ALTER TABLE conversations ADD COLUMN persona TEXT;  -- JSON {"name", "version"}: the persona it started with
