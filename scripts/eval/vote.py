#!/usr/bin/env python3
"""vote.py FILE.jsonl...: majority vote over several judges' verdicts on the same transcripts (no reasons printed).

Each conversation id may be judged in several files. Outcomes fold to three classes: acceptable (right or
handed_over_right), wrong, other (needless_handover, clarify_loop). A class with more than half of a conversation's
votes wins; otherwise the conversation counts as split. Also prints each judge's own figures and how often two judges
of the same conversation agree on the class, so judge noise can be read next to a round's effect."""
import json, sys, collections, itertools

def fold(outcome):
    return "acceptable" if outcome in ("right", "handed_over_right") else "wrong" if outcome == "wrong" else "other"

votes = collections.defaultdict(list)
for f in sys.argv[1:]:
    mine = collections.Counter()
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        v = json.loads(line)
        cls = fold(v["outcome"])
        votes[v["id"]].append(cls)
        mine[cls] += 1
    n = sum(mine.values())
    print(f"{f}: n={n} acceptable={mine['acceptable']} wrong={mine['wrong']} other={mine['other']}")

result = collections.Counter()
pairs = agree = 0
for cid, vs in votes.items():
    top, count = collections.Counter(vs).most_common(1)[0]
    result[top if count * 2 > len(vs) else "split"] += 1
    for a, b in itertools.combinations(vs, 2):
        pairs += 1
        agree += a == b
n = len(votes)
judges = sorted(collections.Counter(len(vs) for vs in votes.values()).items())
print(f"majority of {', '.join(f'{k} judges x{c}' for k, c in judges)}: n={n} "
      f"acceptable={result['acceptable']} ({100 * result['acceptable'] / n:.1f} %) "
      f"wrong={result['wrong']} ({100 * result['wrong'] / n:.1f} %) other={result['other']} split={result['split']}")
if pairs:
    print(f"pairwise agreement on the class: {agree}/{pairs} ({100 * agree / pairs:.1f} %)")
