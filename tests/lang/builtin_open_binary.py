# open() in binary mode: bytes in and out, seek/tell.
import os
path = "tmp_open_binary.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data))
with open(path, "rb") as f:
    back = f.read()
print(back == data, type(back).__name__, len(back))
with open(path, "rb") as f:
    print(f.read(4), f.tell())
    f.seek(250)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.read(2))
    print(f.read(0))
with open(path, "ab") as f:
    f.write(b"\xff\xfe")
print(os.path.getsize(path))
with open(path, "rb") as f:
    f.seek(-2, 2)
    print(f.read())
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    f.write("héllo\n")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
