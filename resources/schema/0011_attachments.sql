-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Attached files (docs/attachments.md, "Storage"): each content once, whatever its name and
-- however many turns use it, in the database itself, so that a backup, a restore and a copy
-- of the file carry them and a turn is never stored without its files. A turn lists its
-- files in order; the last turn to let go of a file deletes it (trigger), so deleting
-- conversations frees the space.

CREATE TABLE attachment_blobs (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,               -- hex digest of data
    mime_type TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('image', 'pdf', 'text')),
    size INTEGER NOT NULL,
    width INTEGER NOT NULL DEFAULT 0,          -- an image's pixels
    height INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,          -- a PDF's pages
    text TEXT NOT NULL DEFAULT '',             -- a text file's text; a PDF's text, a form feed after each page
    data BLOB NOT NULL                         -- last: reading the columns before it skips its pages
);

CREATE TABLE turn_attachments (
    turn_id INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    blob_id INTEGER NOT NULL REFERENCES attachment_blobs (id),
    name TEXT NOT NULL,                        -- the file's name when attached
    -- The file's text as a redaction rule left it, when one did: the turn sent (and its
    -- follow-ups send) this text only, never the file or its pages. NULL: not redacted.
    redacted_text TEXT,
    PRIMARY KEY (turn_id, position)
) WITHOUT ROWID;
CREATE INDEX turn_attachments_by_blob ON turn_attachments (blob_id);

CREATE TRIGGER attachment_blobs_unused AFTER DELETE ON turn_attachments
WHEN NOT EXISTS (SELECT 1 FROM turn_attachments WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM attachment_blobs WHERE id = OLD.blob_id;
END;

-- What each answer's model received of its turn's files: a JSON array of
-- {"name", "kind", "form", "page_images", "text_bytes", "tokens", "note"}.
ALTER TABLE responses ADD COLUMN attachments_received TEXT NOT NULL DEFAULT '[]';
