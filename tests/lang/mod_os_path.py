# os.path string helpers and file queries.
import os.path
import os
p = os.path
print(p.join("a", "b", "c.txt"), p.join("/abs", "x"), p.join("a", "/root", "b"), p.join("a/", "b"), p.join("", "x"))
print(p.split("/a/b/c.txt"), p.split("file"), p.split("/"), p.split("a/b/"))
print(p.basename("/a/b/c.txt"), p.dirname("/a/b/c.txt"), p.basename("dir/"), p.dirname("file"))
print(p.splitext("archive.tar.gz"), p.splitext("noext"), p.splitext(".hidden"), p.splitext("a/b.c/d"))
print(p.isabs("/x"), p.isabs("x"), p.normpath("a/./b/../c//d"), p.normpath("/../x"), p.normpath(""))
print(p.exists(__file__), p.isfile(__file__), p.isdir(__file__), p.isdir("."), p.exists("nope.nope"))
print(p.abspath("x").endswith(os.sep + "x"), p.abspath(".") == os.getcwd(), p.getsize(__file__) > 100)
print(p.sep if hasattr(p, "sep") else "/", p.expanduser("plain"), p.relpath("/a/b/c", "/a"))
