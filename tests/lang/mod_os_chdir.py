# os.chdir / os.getcwd, and relative paths after a change of directory.
import os
start = os.getcwd()
d = "tmp_mod_os_chdir"
if not os.path.isdir(d):
    os.mkdir(d)
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("inside")
print(os.chdir(d))
print(os.path.basename(os.getcwd()), os.getcwd() == os.path.join(start, d))
print(open("f.txt").read(), sorted(os.listdir()), sorted(os.listdir(".")))
os.chdir("..")
print(os.getcwd() == start)
os.chdir(os.path.join(start, d))
os.remove("f.txt")
os.chdir(start)
os.rmdir(d)
for bad in ("no_such_dir_xyz", os.path.join(start, "tests_missing"), [5]):
    try:
        os.chdir(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, getattr(e, "errno", None))
try:
    os.chdir(path=".", dir_fd=None)
except TypeError as e:
    print("TypeError", e)
print(os.getcwd() == start)
