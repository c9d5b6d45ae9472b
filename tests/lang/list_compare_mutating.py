# Comparisons whose items' __eq__ empty the lists being compared (bpo-38588):
# the lengths decide once either list ends before the differing item.
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list1 = [X()]; list2 = [Y()]
print(list1 == list2)
list3 = [Z()]; list4 = [1]
print(list3 == list4)
list1 = [X(), 1]; list2 = [Y(), 2]
print(list1 < list2, list1, list2)
import sys
a = list(range(10)); print(a[::sys.maxsize], a[1::sys.maxsize], tuple(a)[::sys.maxsize], a[::-sys.maxsize])
a[::sys.maxsize] = [7]; print(a)
