-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- What a model reads besides text (docs/attachments.md, "What each model reads"): what the
-- provider's own model list says, where it says it (NULL: it does not), and the user's
-- choice per model, which wins. The choice is kept apart from the list: it survives a new
-- listing and may name a model the provider does not list (a typed one).

ALTER TABLE models ADD COLUMN reads TEXT; -- '' (text only), 'image', 'pdf' or 'image,pdf'

CREATE TABLE model_reads (
    provider_id TEXT NOT NULL,
    model TEXT NOT NULL,
    reads TEXT NOT NULL CHECK (reads IN ('', 'image', 'pdf', 'image,pdf')),
    PRIMARY KEY (provider_id, model)
) WITHOUT ROWID;
