#!/usr/bin/env python3
"""repeats.py DIR [DIR ...] [-v]: count the sentences a bot turn says again from an earlier bot turn of the same
conversation, over every DIR/*.md transcript written by play.py.

A sentence (split on 。！？；) is said again when most of its content, as character pairs without function
characters and punctuation, was already in one sentence of an earlier turn (containment >= 0.5) and it names no value
(a number, an order, a phone) that was not said before. Sentences under 8 content characters ("好的亲", a thanks)
do not count, nor do questions (a question asked again is counted by the judges as asked_again). The queue notices of
a handover are counted apart ("queued"), as they are the queue's voice rather than an answer.
Prints per conversation the repeated sentences with -v, and the totals: bot turns, sentences, repeated sentences,
turns holding at least one."""
import glob, os, re, sys

FUNCTION = set("的了是在我您亲就也都会和还要把给这那个一有不吗呢啊哦吧呀让被对")
PUNCT = re.compile(r"[，。！？；,!?;：:、（）()“”\"'\s~～…—\-]+")
NUMBER = re.compile(r"[A-Za-z0-9@._*+-]*[0-9][A-Za-z0-9@._*+-]*")
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
QUEUE = re.compile(r"人工客服|同事接入|转给同事|添加给人工|按顺序回复|当前第")
CONTAINED = 0.5
SHORTEST = 8


def content(sentence):
    text = NUMBER.sub(" ", sentence)
    chars = [c for c in PUNCT.sub(" ", text) if c not in FUNCTION]
    return "".join(chars)


def pairs(text):
    parts = [p for p in text.split(" ") if p]
    return {p[i:i + 2] for p in parts for i in range(len(p) - 1)}


def turns(path):
    """The bot replies of each turn, as lists of sentences."""
    result, current = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("**买家**"):
            current = []
            result.append(current)
        elif line.startswith("- 机器人:") and current is not None:
            reply = line.split(":", 1)[1].strip()
            current.extend(s.strip() for s in SENTENCE_END.split(reply) if s.strip())
    return result


def repeated(sentence, earlier, earlier_numbers):
    if re.search(r"[？?]|[吗么嘛]$", sentence):
        return False
    own = content(sentence)
    if len(own.replace(" ", "")) < SHORTEST:
        return False
    if any(n not in earlier_numbers for n in NUMBER.findall(sentence)):
        return False
    mine = pairs(own)
    return bool(mine) and any(len(mine & p) >= CONTAINED * len(mine) for p in earlier)


def count(path, verbose):
    earlier, numbers = [], set()
    found = {"turns": 0, "sentences": 0, "repeated": 0, "queued": 0, "turns_with": 0}
    lines = []
    for index, sentences in enumerate(turns(path), 1):
        found["turns"] += 1
        found["sentences"] += len(sentences)
        hits = [s for s in sentences if repeated(s, earlier, numbers)]
        queued = [s for s in hits if QUEUE.search(s)]
        answers = [s for s in hits if s not in queued]
        found["repeated"] += len(answers)
        found["queued"] += len(queued)
        found["turns_with"] += 1 if answers else 0
        lines.extend(f"  turn {index}: {s}" for s in answers)
        earlier.extend(pairs(content(s)) for s in sentences)
        numbers.update(n for s in sentences for n in NUMBER.findall(s))
    if verbose and lines:
        print(os.path.basename(path))
        print("\n".join(lines))
    return found


def main():
    verbose = "-v" in sys.argv
    for folder in [a for a in sys.argv[1:] if a != "-v"]:
        total = {"turns": 0, "sentences": 0, "repeated": 0, "queued": 0, "turns_with": 0}
        files = sorted(glob.glob(os.path.join(folder, "*.md")))
        for path in files:
            for key, value in count(path, verbose).items():
                total[key] += value
        print(f"{folder}: {len(files)} conversations, {total['turns']} bot turns, {total['sentences']} sentences; "
              f"{total['repeated']} said again from an earlier turn, in {total['turns_with']} turns "
              f"(queue notices said again: {total['queued']})")


if __name__ == "__main__":
    main()
