# Ordering of except/else/finally output across nesting and propagation.
def run(kind):
    out = []
    try:
        out.append("outer try")
        try:
            out.append("inner try")
            if kind == "value":
                raise ValueError
            if kind == "key":
                raise KeyError
        except ValueError:
            out.append("inner except")
        else:
            out.append("inner else")
        finally:
            out.append("inner finally")
        out.append("after inner")
    except KeyError:
        out.append("outer except")
    finally:
        out.append("outer finally")
    return out

for k in ("none", "value", "key"):
    print(k, run(k))

def gen_order():
    try:
        yield "try"
    finally:
        yield "finally"
print(list(gen_order()))
def raise_in_except():
    try:
        try:
            raise ValueError
        except ValueError:
            raise TypeError
        finally:
            print("finally runs even when except raises")
    except TypeError:
        print("TypeError propagated")
raise_in_except()
