#!/bin/bash
# probe.sh DIR BUYER 'line' 'line' ...: play buyer lines through DIR's Debug build (chat --json) and print the transcript.
dir=$1; buyer=$2; shift 2
printf '%s\n' "$@" | (cd "$dir" && dotnet src/Bot/bin/Debug/net10.0/ShopBot.Bot.dll chat --user "$buyer" --json) | python3 -c '
import json,sys
for l in sys.stdin:
    l=l.strip()
    if not l.startswith("{"): continue
    t=json.loads(l)
    print("买家:", t["said"], " [", t["intent"], round(t["confidence"],2), t["state"], "]")
    for r in t["replies"]: print("  机器人:", r)
    for r in t["records"]: print("  记录:", json.dumps(r, ensure_ascii=False))
'
