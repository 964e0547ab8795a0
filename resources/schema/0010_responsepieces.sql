-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Checkpoints of a streaming answer append what is new instead of rewriting the whole answer
-- so far (docs/reliability.md, "Streaming checkpoints"): writing a 200,000-piece answer costs
-- what its text costs, not its square. An answer's text while it streams is responses.text
-- followed by its pieces in seq order; when it ends (or is found interrupted) the pieces are
-- folded into responses.text and removed, in the same transaction that sets its final status,
-- so the search index (which indexes ended answers) sees the whole text.

CREATE TABLE response_pieces (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,                           -- 0, 1, ...: in the order written
    text TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (response_id, seq)
) WITHOUT ROWID;
