# os.path (relative cases, join errors), operator, string, types, abc, numbers, itertools as
# model helper scripts use them.
import os.path, posixpath, os
from os.path import join, split, splitext, basename, dirname, normpath, abspath, isabs, relpath, commonprefix, expanduser
for a in [("a", "b"), ("a/", "b"), ("/a", "/b"), ("a", ""), ("", "b"), ("a", "b/", "c"), ("ckpt", "model.pt")]:
    print(join(*a))
for p in ["a/b/c.txt", "/a/b/", "c", "", "/", "//x", "a.tar.gz", ".bashrc", "a/.hidden", "a.b/c", "dir/file.", "../x/./y"]:
    print(repr(p), split(p), splitext(p), basename(p), dirname(p), normpath(p) if p else normpath("."), isabs(p))
for p in ["a//b", "a/./b", "a/../b", "../../a", "/../a", "./", "a/b/../../..", "//a//b", "///a"]:
    print(p, normpath(p))
cwd = os.getcwd()
print(abspath("x") == join(cwd, "x"), abspath("/a/../b"), abspath(".") == cwd)
print(relpath("/a/b/c", "/a"), relpath("/a", "/a/b/c"), relpath("/a/b", "/a/b"))
print(commonprefix(["/usr/lib", "/usr/local"]), commonprefix([]), posixpath.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.sep, os.sep, os.path.extsep, os.curdir, os.pardir)
print(expanduser("x/~"), os.path.splitext("a/b.c/d"), os.path.join("a", *["b", "c"]))
for bad in [lambda: join(1, "a"), lambda: join("a", None), lambda: basename(3), lambda: split(None), lambda: join("a", b"b"), lambda: splitext(1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

import operator
from operator import itemgetter, attrgetter, methodcaller
print(itemgetter(1)([1, 2]), itemgetter(0, 2)("abc"), attrgetter("real")(3), attrgetter("a.b") if False else 0, methodcaller("split", ",")("a,b"))
print(repr(itemgetter(1)), repr(attrgetter("x", "y")), repr(methodcaller("f", 1, k=2)))
print(operator.add(1, 2), operator.mul("a", 3), operator.truediv(1, 4), operator.floordiv(7, 2), operator.neg(3), operator.not_(0), operator.contains([1], 1), operator.getitem({"a": 1}, "a"))
print(operator.index(5), operator.iadd([1], [2]), operator.concat("a", "b"), operator.lt(1, 2), operator.is_(None, None))
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    attrgetter("nope")(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
import string
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace), string.ascii_lowercase, string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.Template("$a and ${b}!").substitute(a=1, b="x"), string.Template("$a $z").safe_substitute(a=1), string.capwords("hello  world x"))
try:
    string.Template("$a").substitute()
except KeyError as e:
    print("KeyError", e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
import types
ns = types.SimpleNamespace(a=1, b="x"); print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x")); ns.c = 3; print(vars(ns))
print(types.FunctionType, types.MethodType, types.ModuleType("m"), types.BuiltinFunctionType, types.GeneratorType, type(None) is types.NoneType)
m = types.ModuleType("mymod", "doc"); m.x = 1; print(m.__name__, m.__doc__, m.x)
print(types.MappingProxyType({"a": 1})["a"], isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
def mk(ns): ns["y"] = 2
K = types.new_class("K", (object,), {}, mk); print(K.y, K.__name__)
print(types.resolve_bases((int,)) if hasattr(types, 'resolve_bases') else (int,))
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError", e)
class Impl(Base):
    def run(self): return 1
try:
    Impl()
except TypeError as e:
    print("TypeError", e)
class Impl2(Impl):
    name = "n"
print(Impl2().run(), Impl2.__abstractmethods__, Base.__abstractmethods__ == frozenset({"run", "name"}), isinstance(Impl2(), Base))
class Meta(metaclass=abc.ABCMeta): pass
Meta.register(int); print(isinstance(3, Meta), issubclass(bool, Meta), issubclass(str, Meta))
import numbers
print(isinstance(3, numbers.Number), isinstance(3.0, numbers.Real), isinstance(3, numbers.Integral), isinstance(3.5, numbers.Integral), isinstance(True, numbers.Number), issubclass(int, numbers.Complex), isinstance("s", numbers.Number))
import itertools
print(list(itertools.accumulate([1, 2, 3])), list(itertools.chain.from_iterable([[1], [2]])), list(itertools.product("ab", repeat=2)), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.groupby("aabbc")) and [(k, list(g)) for k, g in itertools.groupby("aabbc")], list(itertools.zip_longest("ab", "c", fillvalue="-")), list(itertools.permutations(range(3), 2)), list(itertools.combinations("abc", 2)), list(itertools.starmap(pow, [(2, 3)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.pairwise("abcd")), list(itertools.repeat(1, 3)), [list(t) for t in itertools.tee([1, 2], 2)], list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.combinations_with_replacement("ab", 2)), list(itertools.cycle("ab").__next__() for _ in range(2)))
