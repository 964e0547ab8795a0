-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Costs in nano-dollars (1 USD = 1,000,000,000) instead of micro-dollars, so a provider's
-- $0.0000075 is kept as it was reported and thousands of cheap answers add up without
-- rounding (docs/pricing.md, "Units"). Stored costs, limits and budgets are multiplied by
-- 1,000; prices stay micro-dollars per million tokens (already exact to the pico-dollar
-- per token).

ALTER TABLE responses RENAME COLUMN cost_micros TO cost_nanos;
UPDATE responses SET cost_nanos = cost_nanos * 1000 WHERE cost_nanos IS NOT NULL;

ALTER TABLE experiment_runs RENAME COLUMN max_cost_micros TO max_cost_nanos;
ALTER TABLE experiment_runs RENAME COLUMN estimate_micros TO estimate_nanos;
UPDATE experiment_runs SET max_cost_nanos = max_cost_nanos * 1000, estimate_nanos = estimate_nanos * 1000;

ALTER TABLE experiment_cells RENAME COLUMN judge_cost_micros TO judge_cost_nanos;
UPDATE experiment_cells SET judge_cost_nanos = judge_cost_nanos * 1000 WHERE judge_cost_nanos IS NOT NULL;

-- Monthly budgets: "budget/monthly_micros[/ACCOUNT]" -> "budget/monthly_nanos[/ACCOUNT]".
INSERT OR REPLACE INTO settings (key, value)
    SELECT 'budget/monthly_nanos' || substr(key, length('budget/monthly_micros') + 1),
           CAST(CAST(value AS INTEGER) * 1000 AS TEXT)
    FROM settings WHERE key = 'budget/monthly_micros' OR key LIKE 'budget/monthly_micros/%';
DELETE FROM settings WHERE key = 'budget/monthly_micros' OR key LIKE 'budget/monthly_micros/%';
