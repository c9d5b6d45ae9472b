# Format specs in f-strings: width, alignment, fill, sign, precision, types, nesting.
v = 42
f = 3.14159265
s = "text"
print(f"[{v:5}] [{v:<5}] [{v:^5}] [{v:>5}] [{v:05}] [{v:*^9}]")
print(f"[{s:8}] [{s:>8}] [{s:^8}] [{s:-<8}] [{s:.2}] [{s:>8.3}]")
print(f"[{f:.3f}] [{f:10.2f}] [{f:<10.1f}] [{f:+.2f}] [{-f:+.2f}] [{f: .2f}]")
print(f"[{v:x}] [{v:X}] [{v:o}] [{v:b}] [{v:#x}] [{v:#o}] [{v:#b}] [{v:c}]")
print(f"[{1234567:,}] [{1234567:_}] [{1234567.891:,.2f}] [{0xdeadbeef:_x}]")
print(f"[{f:e}] [{f:.2E}] [{f:g}] [{1e-7:g}] [{123456789.0:g}] [{f:%}] [{0.25:.1%}]")
w, p = 10, 3
print(f"[{f:{w}.{p}f}] [{s:>{w}}] [{v:{'^'}{w}}]")
print(f"[{-7:5}] [{-7:<5}] [{-7:05}] [{-7:=5}] [{7:+}] [{7: }]")
print(f"[{True:5}] [{None!s:>6}] [{[1, 2]!s:>8}]")
print(f"[{1.5:5}] [{2.0:.0f}] [{0.5:.0f}] [{1.5:.0f}] [{2.5:.0f}] [{-0.0:.1f}]")
print(f"[{123.456:.0e}] [{100:e}] [{0.000123:.2g}] [{1000000.0:.3g}]")
print(f"[{12:n}] [{1.0:n}] [{float('inf'):8.2f}] [{float('nan'):>6}]")
try:
    f"{s:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{v:s}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1.5:d}"
except ValueError as e:
    print(type(e).__name__, e)
