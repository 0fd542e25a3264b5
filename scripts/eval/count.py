#!/usr/bin/env python3
"""count.py FILE.jsonl...: outcome counts, unnatural, turn-level sums, acceptable share (no reasons printed)."""
import json, sys, collections
o = collections.Counter(); t = collections.Counter(); n = 0; un = 0
for f in sys.argv[1:]:
    for l in open(f, encoding="utf-8"):
        l = l.strip()
        if not l: continue
        v = json.loads(l); n += 1; o[v["outcome"]] += 1; un += bool(v.get("unnatural"))
        for k in ("repeats","asked_again","menus","fallbacks","off_answers","raw_echo","wrong_order"): t[k] += int(v.get(k, 0))
acc = o["right"] + o["handed_over_right"]
print(f"n={n} acceptable={acc} ({100*acc/n:.1f} %) right={o['right']} hor={o['handed_over_right']} needless={o['needless_handover']} clarify={o['clarify_loop']} wrong={o['wrong']} ({100*o['wrong']/n:.1f} %) unnatural={un}")
print(" ".join(f"{k}={t[k]}" for k in ("repeats","asked_again","menus","fallbacks","off_answers","raw_echo","wrong_order")))
