-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Answers stored already finished (imports, restores of single conversations) are indexed
-- as they are inserted; answers that stream are still indexed when they end (0002).

CREATE TRIGGER responses_fts_insert AFTER INSERT ON responses
    WHEN new.status NOT IN ('pending', 'streaming')
BEGIN
    INSERT INTO responses_fts (rowid, text) VALUES (new.id, new.text);
END;
