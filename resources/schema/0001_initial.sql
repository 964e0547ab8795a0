-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Quorum's first schema. Times are milliseconds since the Unix epoch (UTC); money is an
-- integer number of micro-dollars (1 USD = 1,000,000), never a float. Migrations are
-- forward-only: never edit a released file, add the next number instead.

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    system_prompt TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',              -- JSON array of strings
    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX conversations_recent ON conversations (pinned DESC, updated_at DESC);

-- One user prompt. parent_id links edits and branches to the turn they replace or follow.
CREATE TABLE turns (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES turns (id) ON DELETE SET NULL,
    position INTEGER NOT NULL,
    prompt TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX turns_by_conversation ON turns (conversation_id, position);
CREATE INDEX turns_by_parent ON turns (parent_id);

-- One target's answer to a turn.
CREATE TABLE responses (
    id INTEGER PRIMARY KEY,
    turn_id INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    provider_id TEXT NOT NULL,
    model TEXT NOT NULL,
    served_model TEXT,
    parameters TEXT NOT NULL DEFAULT '{}',         -- JSON: temperature, max_tokens, ...
    text TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'streaming', 'done', 'error', 'cancelled', 'interrupted')),
    error_kind TEXT,
    error_message TEXT,
    http_status INTEGER,
    finish_reason TEXT,
    finish_reason_raw TEXT,
    input_tokens INTEGER,
    cached_input_tokens INTEGER,
    cache_write_tokens INTEGER,
    output_tokens INTEGER,
    reasoning_tokens INTEGER,
    cost_micros INTEGER,                           -- NULL: unknown, never 0 for unknown
    cost_estimated INTEGER NOT NULL DEFAULT 0 CHECK (cost_estimated IN (0, 1)),
    ttft_ms INTEGER,
    duration_ms INTEGER,
    vote INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX responses_by_turn ON responses (turn_id, position);
CREATE INDEX responses_unfinished ON responses (status) WHERE status IN ('pending', 'streaming');
CREATE INDEX responses_by_day ON responses (created_at);

-- Provider accounts. No secrets: keys live in the OS keychain or the environment.
CREATE TABLE providers (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    config TEXT NOT NULL DEFAULT '{}',             -- JSON: base URL, preset, key env, headers, ...
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE models (
    provider_id TEXT NOT NULL,
    id TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    context_window INTEGER,
    hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (provider_id, id)
) WITHOUT ROWID;

-- Prices in micro-dollars per million tokens; scope is a provider account id or a kind.
-- A row is in force from effective_from; history is kept, costs are stored on responses.
CREATE TABLE prices (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,
    model TEXT NOT NULL,
    input_micros INTEGER NOT NULL,
    cached_input_micros INTEGER,
    cache_write_micros INTEGER,
    output_micros INTEGER NOT NULL,
    reasoning_micros INTEGER,
    source TEXT NOT NULL CHECK (source IN ('builtin', 'user', 'imported')),
    checked_on TEXT,                               -- the date the source was read, YYYY-MM-DD
    effective_from INTEGER NOT NULL,
    UNIQUE (scope, model, source, effective_from)
);

CREATE TABLE routing_rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    conditions TEXT NOT NULL DEFAULT '[]',         -- JSON
    action TEXT NOT NULL DEFAULT '{}',             -- JSON
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
