# io.StringIO and io.BytesIO.
import io
s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.getvalue())
print(s.tell())
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()))
r = io.StringIO("line1\nline2\nline3")
print(r.readline(), r.readlines(), list(io.StringIO("a\nb\n")))
print("captured", file=s)
print(repr(s.getvalue()))
b = io.BytesIO(b"abc")
b.seek(0, 2)
b.write(b"def")
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read())
with io.StringIO() as f:
    f.write("ctx")
    print(f.getvalue())
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
import sys
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("redirected", 1, 2)
sys.stdout = old
print(repr(buf.getvalue()))
