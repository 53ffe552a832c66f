#!/usr/bin/env python3
"""Check the hand-made cleaning truth in samples/truth/*.json against samples/*.txt.

Usage: python3 samples/truth/check.py            (from anywhere; stdlib only)

For every sample NN-section-slug.txt it verifies that
  * truth/NN-section-slug.json exists, has exactly the expected keys and types,
    and "published" is a valid YYYY-MM-DD date or null;
  * the title is one (trimmed) line of the file;
  * a non-null byline and dateline occur in the file;
  * every body paragraph is a whole trimmed line, or the trimmed remainder of a line
    whose leading part is a dateline/byline prefix (that prefix must contain the
    dateline or the byline); paragraphs are distinct and in file order;
  * every debris entry is a whole trimmed line, and is neither the title nor a body paragraph;
  * every non-blank trimmed line of the file is accounted for: title, body paragraph,
    dateline/byline prefix + body paragraph, debris, or a short byline/dateline line
    (a line that contains the byline or the dateline);
  * the body has between 200 and 600 words.

"Trimmed" means Python's str.strip(): Unicode whitespace, including U+00A0 NO-BREAK SPACE,
is removed from both ends; format characters such as U+200F RIGHT-TO-LEFT MARK are kept.
Lines are split with str.splitlines(), so LF and CRLF files are both accepted.
Exit status is 0 when all samples pass, 1 otherwise.
"""
import datetime
import json
import pathlib
import sys

KEYS = ["title", "outlet", "byline", "dateline", "published", "body", "debris"]
MAX_BYLINE_LINE = 60  # a standalone byline/dateline line is short
MIN_WORDS, MAX_WORDS = 200, 600


def check_sample(txt_path: pathlib.Path, json_path: pathlib.Path) -> list:
    errors = []

    def err(msg):
        errors.append(msg)

    text = txt_path.read_bytes().decode("utf-8")
    lines = [ln.strip() for ln in text.splitlines()]
    truth = json.loads(json_path.read_text(encoding="utf-8"))

    if sorted(truth) != sorted(KEYS):
        err(f"keys are {sorted(truth)}, expected {sorted(KEYS)}")
        return errors
    for key in ("title",):
        if not isinstance(truth[key], str) or not truth[key].strip():
            err(f"{key} must be a non-empty string")
    for key in ("outlet", "byline", "dateline", "published"):
        if truth[key] is not None and (not isinstance(truth[key], str) or not truth[key].strip()):
            err(f"{key} must be a non-empty string or null")
    for key in ("body", "debris"):
        if not isinstance(truth[key], list) or not all(isinstance(x, str) and x.strip() for x in truth[key]):
            err(f"{key} must be a list of non-empty strings")
    if errors:
        return errors

    title, byline, dateline = truth["title"], truth["byline"], truth["dateline"]
    body, debris = truth["body"], truth["debris"]
    markers = [m for m in (byline, dateline) if m]

    if truth["published"] is not None:
        try:
            datetime.date.fromisoformat(truth["published"])
        except ValueError:
            err(f"published {truth['published']!r} is not YYYY-MM-DD")

    if title not in lines:
        err(f"title is not a line of the file: {title!r}")
    for name, value in (("byline", byline), ("dateline", dateline)):
        if value is not None and value not in text:
            err(f"{name} {value!r} does not occur in the file")

    body_set, debris_set = set(body), set(debris)
    if len(body_set) != len(body):
        err("body has duplicate paragraphs")
    for d in sorted(debris_set & body_set):
        err(f"line is both body and debris: {d!r}")
    if title in debris_set or title in body_set:
        err("title is also listed as body or debris")

    def prefixed_body(line):
        """The body paragraph this line carries after a dateline/byline prefix, or None."""
        for p in body:
            if line != p and line.endswith(p):
                prefix = line[: -len(p)].strip()
                if prefix and any(m in prefix for m in markers):
                    return p
        return None

    # body paragraphs: present, in file order
    last = -1
    for p in body:
        idx = next((i for i, ln in enumerate(lines) if ln == p or prefixed_body(ln) == p), None)
        if idx is None:
            err(f"body paragraph not found as a line (or dateline+line): {p[:60]!r}...")
            continue
        if idx < last:
            err(f"body paragraph out of file order: {p[:60]!r}...")
        last = idx

    for d in debris:
        if d not in lines:
            err(f"debris is not a line of the file: {d!r}")

    # every non-blank line accounted for
    for no, ln in enumerate(lines, 1):
        if not ln:
            continue
        if ln == title or ln in body_set or ln in debris_set or prefixed_body(ln):
            continue
        if len(ln) <= MAX_BYLINE_LINE and any(m in ln for m in markers):
            continue
        err(f"line {no} is not accounted for: {ln!r}")

    words = len(" ".join(body).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(f"body has {words} words, expected {MIN_WORDS}-{MAX_WORDS}")
    return errors


def main() -> int:
    truth_dir = pathlib.Path(__file__).resolve().parent
    samples_dir = truth_dir.parent
    txts = sorted(samples_dir.glob("*.txt"))
    jsons = sorted(truth_dir.glob("*.json"))
    failed = 0
    if not txts:
        print(f"no samples found in {samples_dir}")
        return 1
    for extra in sorted({j.stem for j in jsons} - {t.stem for t in txts}):
        print(f"FAIL {extra}: truth file without a sample")
        failed += 1
    for txt in txts:
        js = truth_dir / (txt.stem + ".json")
        if not js.exists():
            print(f"FAIL {txt.stem}: missing truth/{js.name}")
            failed += 1
            continue
        errors = check_sample(txt, js)
        if errors:
            failed += 1
            print(f"FAIL {txt.stem}")
            for e in errors:
                print(f"     - {e}")
        else:
            t = json.loads(js.read_text(encoding="utf-8"))
            print(f"ok   {txt.stem}: {len(t['body'])} paragraphs, "
                  f"{len(' '.join(t['body']).split())} words, {len(t['debris'])} debris lines")
    print(f"{len(txts) - failed}/{len(txts)} samples pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
