#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
"""Writes resources/prices/builtin.json from LiteLLM's model_prices_and_context_window.json.

Usage: make_builtin.py LITELLM.json CHECKED_ON > builtin.json

The built-in list is a short, reviewed selection of current chat models; the values come
from LiteLLM's table (each entry's "source" names the provider's pricing page). Decimal
strings in USD per million tokens, so that nothing is lost to binary floating point.
"""
import json
import sys
from decimal import Decimal

# (scope, Quorum model id, LiteLLM key)
MODELS = [
    ("openai", "gpt-5", "gpt-5"), ("openai", "gpt-5-mini", "gpt-5-mini"), ("openai", "gpt-5-nano", "gpt-5-nano"),
    ("openai", "gpt-4.1", "gpt-4.1"), ("openai", "gpt-4.1-mini", "gpt-4.1-mini"),
    ("openai", "gpt-4.1-nano", "gpt-4.1-nano"), ("openai", "gpt-4o", "gpt-4o"), ("openai", "gpt-4o-mini", "gpt-4o-mini"),
    ("openai", "o3", "o3"), ("openai", "o4-mini", "o4-mini"),
    ("anthropic", "claude-opus-4-1", "claude-opus-4-1-20250805"),
    ("anthropic", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929"),
    ("anthropic", "claude-haiku-4-5", "claude-haiku-4-5-20251001"),
    ("anthropic", "claude-sonnet-4", "claude-sonnet-4-20250514"),
    ("anthropic", "claude-3-5-haiku", "claude-3-5-haiku-20241022"),
    ("gemini", "gemini-2.5-pro", "gemini/gemini-2.5-pro"), ("gemini", "gemini-2.5-flash", "gemini/gemini-2.5-flash"),
    ("gemini", "gemini-2.5-flash-lite", "gemini/gemini-2.5-flash-lite"),
    ("mistral", "mistral-large", "mistral/mistral-large-latest"),
    ("mistral", "mistral-medium", "mistral/mistral-medium-latest"),
    ("mistral", "mistral-small", "mistral/mistral-small-latest"), ("mistral", "codestral", "mistral/codestral-latest"),
    ("deepseek", "deepseek-chat", "deepseek/deepseek-chat"), ("deepseek", "deepseek-reasoner", "deepseek/deepseek-reasoner"),
    ("xai", "grok-4", "xai/grok-4"), ("xai", "grok-3", "xai/grok-3"), ("xai", "grok-3-mini", "xai/grok-3-mini"),
    ("bedrock", "global.anthropic.claude-sonnet-4-5-20250929", "global.anthropic.claude-sonnet-4-5-20250929-v1:0"),
    ("bedrock", "us.anthropic.claude-sonnet-4-5-20250929", "us.anthropic.claude-sonnet-4-5-20250929-v1:0"),
    ("bedrock", "eu.anthropic.claude-sonnet-4-5-20250929", "eu.anthropic.claude-sonnet-4-5-20250929-v1:0"),
    ("bedrock", "anthropic.claude-3-haiku-20240307", "anthropic.claude-3-haiku-20240307-v1:0"),
    ("bedrock", "amazon.nova-pro", "amazon.nova-pro-v1:0"), ("bedrock", "amazon.nova-lite", "amazon.nova-lite-v1:0"),
    ("bedrock", "amazon.nova-micro", "amazon.nova-micro-v1:0"),
    ("bedrock", "meta.llama3-3-70b-instruct", "meta.llama3-3-70b-instruct-v1:0"),
    ("bedrock", "openai.gpt-oss-120b-1:0", "openai.gpt-oss-120b-1:0"),
    ("bedrock", "jp.anthropic.claude-sonnet-4-5-20250929", "jp.anthropic.claude-sonnet-4-5-20250929-v1:0"),
    ("bedrock", "au.anthropic.claude-sonnet-4-5-20250929", "au.anthropic.claude-sonnet-4-5-20250929-v1:0"),
    ("bedrock", "anthropic.claude-haiku-4-5-20251001", "anthropic.claude-haiku-4-5-20251001-v1:0"),
    ("bedrock", "global.anthropic.claude-haiku-4-5-20251001", "global.anthropic.claude-haiku-4-5-20251001-v1:0"),
    ("bedrock", "us.anthropic.claude-haiku-4-5-20251001", "us.anthropic.claude-haiku-4-5-20251001-v1:0"),
    ("bedrock", "eu.anthropic.claude-haiku-4-5-20251001", "eu.anthropic.claude-haiku-4-5-20251001-v1:0"),
    ("bedrock", "apac.anthropic.claude-haiku-4-5-20251001", "apac.anthropic.claude-haiku-4-5-20251001-v1:0"),
    ("bedrock", "jp.anthropic.claude-haiku-4-5-20251001", "jp.anthropic.claude-haiku-4-5-20251001-v1:0"),
    ("bedrock", "au.anthropic.claude-haiku-4-5-20251001", "au.anthropic.claude-haiku-4-5-20251001-v1:0"),
    ("bedrock", "anthropic.claude-opus-4-1-20250805", "anthropic.claude-opus-4-1-20250805-v1:0"),
    ("bedrock", "us.anthropic.claude-opus-4-1-20250805", "us.anthropic.claude-opus-4-1-20250805-v1:0"),
    ("bedrock", "eu.anthropic.claude-opus-4-1-20250805", "eu.anthropic.claude-opus-4-1-20250805-v1:0"),
    ("bedrock", "anthropic.claude-sonnet-4-20250514", "anthropic.claude-sonnet-4-20250514-v1:0"),
    ("bedrock", "us.anthropic.claude-sonnet-4-20250514", "us.anthropic.claude-sonnet-4-20250514-v1:0"),
    ("bedrock", "eu.anthropic.claude-sonnet-4-20250514", "eu.anthropic.claude-sonnet-4-20250514-v1:0"),
    ("bedrock", "apac.anthropic.claude-sonnet-4-20250514", "apac.anthropic.claude-sonnet-4-20250514-v1:0"),
    ("bedrock", "global.anthropic.claude-sonnet-4-20250514", "global.anthropic.claude-sonnet-4-20250514-v1:0"),
    ("bedrock", "us.anthropic.claude-3-haiku-20240307", "us.anthropic.claude-3-haiku-20240307-v1:0"),
    ("bedrock", "eu.anthropic.claude-3-haiku-20240307", "eu.anthropic.claude-3-haiku-20240307-v1:0"),
    ("bedrock", "apac.anthropic.claude-3-haiku-20240307", "apac.anthropic.claude-3-haiku-20240307-v1:0"),
    ("bedrock", "anthropic.claude-3-5-haiku-20241022", "anthropic.claude-3-5-haiku-20241022-v1:0"),
    ("bedrock", "us.anthropic.claude-3-5-haiku-20241022", "us.anthropic.claude-3-5-haiku-20241022-v1:0"),
    ("bedrock", "us.amazon.nova-pro", "us.amazon.nova-pro-v1:0"),
    ("bedrock", "eu.amazon.nova-pro", "eu.amazon.nova-pro-v1:0"),
    ("bedrock", "apac.amazon.nova-pro", "apac.amazon.nova-pro-v1:0"),
    ("bedrock", "us.amazon.nova-lite", "us.amazon.nova-lite-v1:0"),
    ("bedrock", "eu.amazon.nova-lite", "eu.amazon.nova-lite-v1:0"),
    ("bedrock", "us.amazon.nova-micro", "us.amazon.nova-micro-v1:0"),
    ("bedrock", "eu.amazon.nova-micro", "eu.amazon.nova-micro-v1:0"),
    ("bedrock", "us.amazon.nova-premier", "us.amazon.nova-premier-v1:0"),
    ("bedrock", "openai.gpt-oss-20b-1:0", "openai.gpt-oss-20b-1:0"),
    ("bedrock", "meta.llama4-maverick-17b-instruct", "meta.llama4-maverick-17b-instruct-v1:0"),
    ("bedrock", "us.meta.llama4-maverick-17b-instruct", "us.meta.llama4-maverick-17b-instruct-v1:0"),
    ("bedrock", "meta.llama4-scout-17b-instruct", "meta.llama4-scout-17b-instruct-v1:0"),
    ("bedrock", "us.meta.llama4-scout-17b-instruct", "us.meta.llama4-scout-17b-instruct-v1:0"),
    ("bedrock", "us.meta.llama3-3-70b-instruct", "us.meta.llama3-3-70b-instruct-v1:0"),
    ("bedrock", "mistral.mistral-large-2407", "mistral.mistral-large-2407-v1:0"),
    ("bedrock", "us.mistral.pixtral-large-2502", "us.mistral.pixtral-large-2502-v1:0"),
    ("bedrock", "eu.mistral.pixtral-large-2502", "eu.mistral.pixtral-large-2502-v1:0"),
    ("bedrock", "deepseek.v3", "deepseek.v3-v1:0"),
    ("bedrock", "us.deepseek.r1", "us.deepseek.r1-v1:0"),
    ("bedrock", "qwen.qwen3-235b-a22b-2507", "qwen.qwen3-235b-a22b-2507-v1:0"),
    ("bedrock", "qwen.qwen3-coder-480b-a35b", "qwen.qwen3-coder-480b-a35b-v1:0"),
    ("bedrock", "qwen.qwen3-32b", "qwen.qwen3-32b-v1:0"),
    ("bedrock", "qwen.qwen3-coder-30b-a3b", "qwen.qwen3-coder-30b-a3b-v1:0"),
]

FIELDS = [("input", "input_cost_per_token"), ("cached_input", "cache_read_input_token_cost"),
          ("cache_write", "cache_creation_input_token_cost"), ("output", "output_cost_per_token"),
          ("reasoning", "output_cost_per_reasoning_token")]


def per_million(value):
    text = format(Decimal(repr(value)) * 1000000, "f").rstrip("0").rstrip(".")
    return text if "." in text and len(text.split(".")[1]) >= 2 else format(Decimal(text), ".2f")


def main():
    table = json.load(open(sys.argv[1]))
    rows = []
    for scope, model, key in MODELS:
        entry = table.get(key)
        if entry is None:
            sys.exit(f"{key} is not in the LiteLLM table")
        row = {"scope": scope, "model": model}
        for name, field in FIELDS:
            if field in entry:
                row[name] = per_million(entry[field])
        if row.get("reasoning") == row["output"]:
            del row["reasoning"]
        for field in entry:
            if field.startswith("input_cost_per_token_above_") and field.endswith("k_tokens"):
                suffix = field[len("input_cost_per_token"):]
                row["long_context_above"] = int(suffix[len("_above_"):-len("k_tokens")]) * 1000
                for name, base in [("long_input", "input_cost_per_token"), ("long_cached_input", "cache_read_input_token_cost"),
                                   ("long_cache_write", "cache_creation_input_token_cost"), ("long_output", "output_cost_per_token")]:
                    if base + suffix in entry:
                        row[name] = per_million(entry[base + suffix])
                break
        rows.append(row)
    rows.append({"scope": "ollama", "model": "*", "input": "0.00", "output": "0.00"})
    json.dump({
        "checked_on": sys.argv[2],
        "source": "LiteLLM model_prices_and_context_window.json at BerriAI/litellm commit "
                  "caddc6dd0fc26931b3fcc4e91e81a3d90080f3ef (2025-11-21); each entry there names the provider's "
                  "pricing page. Not re-checked against the pages themselves: update with make_builtin.py "
                  "from a newer table, or import one (quorum prices import).",
        "unit": "USD per million tokens",
        "prices": rows}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


main()
