# Subclassing dict: __missing__, overridden __getitem__, defaultdict-like behaviour.
class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = Default(a=1)
print(d["a"], d["abc"], d, d.get("zz"), "zz" in d)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
l = Lower()
l["KEY"] = 1
print(l["key"], l["Key"], dict(l), isinstance(l, dict), type(l).__name__)
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
        return self
c = Counter()
c.add("x").add("y").add("x")
print(c, len(c), list(c.items()))
