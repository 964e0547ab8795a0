-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Long-context prices: some models bill every token of a request at higher prices once
-- its prompt exceeds a threshold (Gemini 2.5 Pro and Claude Sonnet 4.5 above 200,000
-- tokens). NULL: the model has no such tier, or the normal price applies to that part.

ALTER TABLE prices ADD COLUMN long_context_above INTEGER;  -- prompt tokens
ALTER TABLE prices ADD COLUMN long_input_micros INTEGER;
ALTER TABLE prices ADD COLUMN long_cached_input_micros INTEGER;
ALTER TABLE prices ADD COLUMN long_cache_write_micros INTEGER;
ALTER TABLE prices ADD COLUMN long_output_micros INTEGER;
