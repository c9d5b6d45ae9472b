# os: cwd, listdir, mkdir/rmdir, remove/rename, sep, getenv.
import os
here = os.getcwd()
print(os.path.isabs(here), here == os.path.dirname(os.path.abspath(__file__)))
d = "tmp_mod_os_dir"
if os.path.exists(d):
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    os.rmdir(d)
os.mkdir(d)
for name in ("b.txt", "a.txt"):
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(d)))
os.rename(os.path.join(d, "a.txt"), os.path.join(d, "c.txt"))
print(sorted(os.listdir(d)))
try:
    os.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__)
for f in os.listdir(d):
    os.remove(os.path.join(d, f))
os.rmdir(d)
print(os.path.exists(d), os.sep, os.name)
try:
    os.remove("no_such_file.xyz")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir("no_such_dir")
except FileNotFoundError as e:
    print(type(e).__name__)
print(os.getenv("UPYTORCH_SURELY_UNSET_VAR"), os.getenv("UPYTORCH_SURELY_UNSET_VAR", "dflt"))
print(type(os.environ.get("PATH", "")).__name__)
os.makedirs(os.path.join(d, "x", "y"))
print(os.path.isdir(os.path.join(d, "x", "y")))
os.rmdir(os.path.join(d, "x", "y")); os.rmdir(os.path.join(d, "x")); os.rmdir(d)
st = os.stat(__file__)
print(st.st_size > 0, st.st_size == os.path.getsize(__file__))
