#!/usr/bin/env python3
"""Print the operators bound from src/binding/ops*.yaml as a Markdown list.

    python3 tools/list_ops.py [file.yaml ...]   (default: every src/binding/ops*.yaml)

One line per operator name: its overloads (schema overload names) and whether it
is a torch.* function, a Tensor method, or both. README.md's operator list is this
output.
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import schema  # noqa: E402


def entries(path):
    """(schema string, variants) for every `- func:` entry of the yaml."""
    out, current = [], None
    with open(path) as f:
        for line in f:
            if line.startswith("- func:"):
                current = [line[len("- func:"):].strip(), "function"]
                out.append(current)
            elif current and line.strip().startswith("variants:"):
                current[1] = line.split(":", 1)[1].strip()
            elif current and line.strip().startswith("python_method:"):
                current[1] = "method"
            elif current and line.strip().startswith("python_module:"):
                current[1] = "torch.nn.functional"
    return out


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src", "binding", "ops*.yaml")))
    ops = {}
    for text, variants in (e for p in paths for e in entries(p)):
        s = schema.parse_schema(text)
        base = s.name.name.base if hasattr(s.name.name, "base") else str(s.name.name)
        info = ops.setdefault(base, {"overloads": [], "forms": set()})
        info["overloads"].append(s.name.overload_name or "default")
        for v in variants.split(","):
            info["forms"].add(v.strip())
    print("%d operators, %d overloads:\n" % (len(ops), sum(len(i["overloads"]) for i in ops.values())))
    for name in sorted(ops):
        info = ops[name]
        forms = " + ".join(sorted(info["forms"]))
        print("- `%s` (%s): %s" % (name, forms, ", ".join(info["overloads"])))


if __name__ == "__main__":
    main()
