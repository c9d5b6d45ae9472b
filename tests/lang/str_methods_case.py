# upper / lower / capitalize / title / swapcase / casefold.
for s in ("hello World", "ÉCOLE école", "mIxEd CaSe 123", "", "they're bill's friends", "x1y2 z_3", "ÀÉÎõü"):
    print(s.upper(), "|", s.lower(), "|", s.capitalize(), "|", s.title(), "|", s.swapcase(), "|", s.casefold())
print("Straße".lower(), "ÄÖÜ".lower(), "äöü".upper(), "Ωμέγα".upper())
