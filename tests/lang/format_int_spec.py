# Integer format specs exhaustively across sign, alternate, zero padding, grouping.
vals = [0, 7, -7, 255, -255, 10 ** 12, -(2 ** 70)]
specs = ["", "d", "+d", " d", "8d", "<8d", "^8d", "=+8d", "08d", "x", "#x", "X", "#X",
         "o", "#o", "b", "#b", "#010x", ",", "_", "_b", ",d", "+,d", "e", ".2f", "%", "n"]
for v in vals:
    print(v, [format(v, s) for s in specs])
print(format(65, "c"), format(0x1F600, "c") == "\U0001F600")
for bad in ("s", ".2d", ",x", "c,"):
    try:
        format(5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
