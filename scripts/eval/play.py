#!/usr/bin/env python3
"""play.py WORKTREE CONVDIR OUTDIR [JOBS]: play every CONVDIR/*.txt (first line 'buyer: NAME', then buyer lines)
through `chat --json` of WORKTREE's Debug build, one fresh process (in-memory bot at the sample moment) per
conversation, and write OUTDIR/<id>.md transcripts for judges."""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

wt, convdir, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
jobs = int(sys.argv[4]) if len(sys.argv) > 4 else 2
os.makedirs(outdir, exist_ok=True)
dll = os.path.join(wt, "src/Bot/bin/Debug/net10.0/ShopBot.Bot.dll")

def play(name):
    cid = name[:-4]
    lines = [l.rstrip("\n") for l in open(os.path.join(convdir, name), encoding="utf-8")]
    buyer = lines[0].split(":", 1)[1].strip()
    said = [l for l in lines[1:] if l.strip()]
    env = dict(os.environ)
    p = subprocess.run(["dotnet", dll, "chat", "--user", buyer, "--json"], input="\n".join(said) + "\n",
                       capture_output=True, text=True, cwd=wt, env=env, timeout=1200)
    out = [f"# {cid} — 买家 {buyer}", ""]
    turns = []
    for l in p.stdout.splitlines():
        l = l.strip()
        if l.startswith("{"):
            try:
                turns.append(json.loads(l))
            except json.JSONDecodeError:
                pass
    if len(turns) != len(said):
        out.append(f"(played {len(turns)} of {len(said)} lines; stderr: {p.stderr.strip()[-300:]})")
    for t in turns:
        out.append(f"**买家**: {t['said']}")
        for r in t["replies"]:
            out.append(f"- 机器人: {r}")
        rec = t.get("records") or []
        out.append(f"  - (state: {t['state']}" + ("" if not rec else "; records: " + json.dumps(rec, ensure_ascii=False)) + ")")
        out.append("")
    open(os.path.join(outdir, cid + ".md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    return cid, len(turns), len(said)

# A transcript already written is kept, so a run stopped part-way (a machine too loaded) goes on where it stopped.
names = sorted(n for n in os.listdir(convdir)
               if n.endswith(".txt") and not os.path.exists(os.path.join(outdir, n[:-4] + ".md")))
with ThreadPoolExecutor(jobs) as ex:
    for cid, got, want in ex.map(play, names):
        if got != want:
            print(f"{cid}: {got}/{want} turns", file=sys.stderr)
print(f"played {len(names)} conversations into {outdir}")
