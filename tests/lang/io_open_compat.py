# open(): text codecs and error handlers, newline translation on reading and
# writing, argument checks in CPython's order and wording, closed and
# wrong-direction files.
import os

fn = "tmp_io_open_compat.txt"


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


def read_with(nl, data):
    with open(fn, "wb") as f:
        f.write(data)
    with open(fn, newline=nl) as f:
        lines = f.readlines()
    with open(fn, newline=nl) as f:
        whole = f.read()
    return lines, whole


for nl in (None, "", "\n", "\r", "\r\n"):
    show("read %r" % nl, lambda: read_with(nl, b"a\r\nb\rc\nd\r\r\n\n\re"))
# line ends that straddle read-ahead buffer boundaries (256 bytes in small builds)
for nl in (None, "", "\r", "\r\n"):
    data = b"".join(b"x" * k + b"\r\n" + b"y" * (k % 7) + b"\r" for k in range(250, 262))
    lines, whole = read_with(nl, data)
    print("long %r" % nl, len(lines), [len(l) for l in lines[:6]], len(whole))
for nl in (None, "", "\n", "\r", "\r\n"):
    def write_read():
        with open(fn, "w", newline=nl) as f:
            n = f.write("x\ny\r\nz")
        return n, open(fn, "rb").read()
    show("write %r" % nl, write_read)

with open(fn, "wb") as f:
    f.write(b"ab\x00\xff\xe9\n\xc3\xa9\n")
for kw in ({}, {"errors": "replace"}, {"errors": "ignore"}, {"errors": "backslashreplace"},
           {"encoding": "latin-1"}, {"encoding": "Latin_1"}, {"encoding": "ascii", "errors": "replace"},
           {"encoding": "utf8", "errors": "strict"}, {"errors": "bogus"}):
    show("read %s" % sorted(kw.items()), lambda: open(fn, **kw).readlines())
with open(fn, encoding="latin-1") as f:
    print(f.encoding, repr(f.read(3)), repr(f.readline()), repr(f.readline(1)), f.read())
    print(repr(f).split(" ")[-1])
for kw in ({"encoding": "latin-1"}, {"encoding": "ascii"}, {"encoding": "ascii", "errors": "replace"},
           {"encoding": "ascii", "errors": "xmlcharrefreplace"}, {"encoding": "utf-8"}):
    def write_enc():
        with open(fn, "w", **kw) as f:
            n = f.write("h\xe9\u20ac!")
        return n, open(fn, "rb").read()
    show("write %s" % sorted(kw.items()), write_enc)

for kw in ({"newline": 1}, {"encoding": 1}, {"errors": 1}, {"newline": "x"}, {"newline": "\n\n"},
           {"encoding": "bogus"}, {"buffering": 0}, {"buffering": "x"}, {"buffering": 1.5},
           {"closefd": False}, {"closefd": "x"}, {"mode": "rb", "encoding": "utf-8"},
           {"mode": "rb", "errors": "strict"}, {"mode": "rb", "newline": ""}, {"mode": ""},
           {"mode": "+"}, {"mode": "rw"}, {"mode": "rbt"}, {"mode": "rr"}, {"mode": "q"},
           {"mode": 1}, {"buffering": -1}, {"buffering": 1, "mode": "w"}):
    def opened():
        with open(fn, **kw) as f:
            return type(f).__name__, f.mode
    show("open %s" % sorted(kw.items()), opened)

for mode in ("r", "w", "rb", "wb", "a"):
    f = open(fn, mode)
    data = b"x" if "b" in mode else "x"
    show("write %s" % mode, lambda: f.write(data))
    show("read %s" % mode, lambda: f.read())
    show("readline %s" % mode, lambda: f.readline())
    f.close()
    show("writelines closed %s" % mode, lambda: f.writelines([]))
    if "b" not in mode:  # binary files word these by the layer that notices
        show("write closed %s" % mode, lambda: f.write(data))
        show("read closed %s" % mode, lambda: f.read())
show("write None", lambda: open(fn, "w").write(None))
show("write int", lambda: open(fn, "w").write(1))
os.remove(fn)
