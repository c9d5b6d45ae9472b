# The Python half of the struct module: the builtin module (src/py/mod_struct.cpp)
# runs this in its own namespace after adding its C functions; importing `struct`
# never loads this file on its own.

class error(Exception):
    pass


class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode()
        self.size = calcsize(format)
        self.format = format

    def pack(self, *args):
        return pack(self.format, *args)

    def pack_into(self, buffer, offset, *args):
        return pack_into(self.format, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return 'Struct(' + repr(self.format) + ')'
