# open() in text mode: write, read, append, readline(s), iteration, with.
import os
path = "tmp_open_text.txt"
with open(path, "w") as f:
    print(f.write("line one\n"), f.write("line two\n"))
    f.write("ünïcode ✓\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write("appended")
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, encoding="utf-8") as f:
    print(repr(f.read(4)), repr(f.read(4)))
f = open(path)
print(f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open("does_not_exist_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(path, "q")
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().splitlines())
try:
    with open(path) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__)
os.remove(path)
print(os.path.exists(path))
