from _torch import *
