-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Variants (docs/experiments.md): named parameters a target is asked with, written
-- "account/model#name" (a system prompt, temperature, top_p, max tokens, reasoning effort or
-- budget, an output schema). An answer stores the parameters it was asked with and the
-- variant's name, so a later edit of the variant changes no stored answer.

CREATE TABLE variants (
    name TEXT PRIMARY KEY,
    parameters TEXT NOT NULL DEFAULT '{}',         -- JSON: GenerationParameters
    version INTEGER NOT NULL DEFAULT 1,            -- raised at every change of the parameters
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
