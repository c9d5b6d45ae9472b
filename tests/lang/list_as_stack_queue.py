# Common list idioms: stack, queue, filtering in place, enumerate/zip building.
stack = []
for c in "([{}])":
    if c in "([{":
        stack.append(c)
    else:
        opener = stack.pop()
        print(opener + c, end=" ")
print(stack == [])
queue = list(range(5))
out = []
while queue:
    out.append(queue.pop(0))
    if len(out) == 2:
        queue.append("late")
print(out)
nums = list(range(10))
nums[:] = [n for n in nums if n % 3]
print(nums)
pairs = list(zip(nums, nums[1:]))
print(pairs)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([list(col) for col in zip(*grid)], sum(grid, []))
print(max(range(len(nums)), key=lambda i: nums[i]))
