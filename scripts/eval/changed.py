#!/usr/bin/env python3
"""changed.py BEFORE_DIR AFTER_DIR: the conversations whose records or routing states differ between two runs of
play.py (the "(state: …)" lines), then those that differ in wording only. Tells a real change from template variants
before anyone judges the transcripts."""
import os, sys

def lines(path, keep):
    return [l.strip() for l in open(path, encoding="utf-8") if keep(l.strip())]

before, after = sys.argv[1], sys.argv[2]
names = sorted(n for n in os.listdir(after) if n.endswith(".md") and os.path.exists(os.path.join(before, n)))
states, wording = [], []
for n in names:
    b, a = os.path.join(before, n), os.path.join(after, n)
    is_state = lambda l: l.startswith("- (state:")
    if lines(b, is_state) != lines(a, is_state):
        states.append(n[:-3])
    elif lines(b, lambda l: True) != lines(a, lambda l: True):
        wording.append(n[:-3])
print(f"{len(names)} compared; records or states changed in {len(states)}: {' '.join(states)}")
print(f"wording only in {len(wording)}: {' '.join(wording)}")
