#!/usr/bin/env python3
"""Fails when a function or initialiser declared under Sources/ takes more than six parameters: group them into a value.

Reads every `func name(` and `init(` declaration (not calls such as `.init(`), counts its labelled parameters at the
top level of the parentheses, and prints each offender as `path:line: error: …`. `--self-test` checks the counting on
declarations written here, so that the check cannot pass by counting nothing.
"""
import os
import re
import sys

LIMIT = 6
declaration = re.compile(r"(?<![.\w])(func\s+[\w`]+|init[?!]?|subscript)\s*(?:<(?:[^<>{}]|<[^<>{}]*>)*>)?\s*\(")


def closing(text, start):
    """The index of the parenthesis that closes the one before `start`, skipping strings and comments."""
    depth, i = 1, start
    while i < len(text) and depth:
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = len(text) if i < 0 else i
            continue
        if text.startswith("/*", i):
            i = text.find("*/", i)
            i = len(text) if i < 0 else i + 2
            continue
        c = text[i]
        if c == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        i += 1
    return i - 1


def parameters(inside):
    # The arrow of a function type is not a closing angle bracket.
    inside = inside.replace("->", "→")
    depth, parts, current = 0, [], ""
    for c in inside:
        if c in "([{<":
            depth += 1
        elif c in ")]}>":
            depth -= 1
        if c == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
    parts.append(current)
    return [p for p in parts if ":" in p.split("=")[0]]


def offenders(text):
    for match in declaration.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start:match.start()].lstrip().startswith("//"):
            continue
        end = closing(text, match.end())
        count = len(parameters(text[match.end():end]))
        if count > LIMIT:
            yield text.count("\n", 0, match.start()) + 1, match.group(1), count


def self_test():
    seven = "func f(a: Int, b: Int, c: Int, d: Int, e: Int, f: Int, g: (Int, Int) -> Int) {}"
    closures = "init(a: @escaping (Int) -> Int, b: (String) throws -> [Int], c: Int, d: Int, e: Int, f: Int, g: Int) {}"
    nested = "subscript<T: Collection<Int>>(a: T, b: Int, c: Int, d: Int, e: Int, f: Int, g: Int) -> Int { 0 }"
    six = "public init(a: [String: Int], b: Int = max(1, 2), c: Int, d: Int, e: Int, f: Int) {}"
    call = "let x = Foo.init(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7)"
    assert [o[2] for o in offenders(seven)] == [7], "a seven-parameter function must be found"
    assert [o[2] for o in offenders(closures)] == [7], "closure parameters, arrows and all, are counted one each"
    assert [o[2] for o in offenders(nested)] == [7], "subscripts and nested generics are read"
    assert list(offenders(six)) == [], "six parameters are allowed, defaults and generics included"
    assert list(offenders(call)) == [], "calls are not declarations"
    print("parameter-check self-test: ok")


def main():
    if "--self-test" in sys.argv:
        self_test()
        return 0
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    problems, scanned = [], 0
    for folder, _, files in os.walk(os.path.join(root, "Sources")):
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(folder, name)
            scanned += 1
            for line, what, count in offenders(open(path, encoding="utf-8").read()):
                problems.append(f"{os.path.relpath(path, root)}:{line}: error: '{what}' takes {count} parameters, more than {LIMIT}"
                                f"\n  hint: group the parameters that belong together into a value")
    print("\n".join(problems) if problems else f"parameter-check: {scanned} files, no declaration takes more than {LIMIT} parameters")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
