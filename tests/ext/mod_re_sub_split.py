# re (lib/ext): sub, subn, split, replacement templates, empty matches,
# torchvision-style state-dict key rewriting.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\d)', r'[\g<a>|\g<1>|\1]', 'x1y2'))
print(re.sub('a', r'\n\t\\', 'bab'), repr(re.sub('a', '\\.', 'bab')))
print(re.sub('(a)', r'\g<0>\g<1>\g<1>0', 'a'), re.sub('(((((((((((a)))))))))))', r'\11-\101', 'a'))
try:
    re.sub('(a)', r'\10', 'a')
except re.error as e:
    print('re.error', e)
print(re.sub('x', r'\0\07\101', 'x').encode())
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=1), re.subn('a', 'b', 'aaa'))
print(re.subn('z', 'b', 'aaa'), re.subn('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.sub('(?m)^', '> ', 'a\nb\n'), re.sub(r'\s+', ' ', '  a \n\t b  '))
print(re.sub('b*', 'x', 'abc'), re.sub('(?:)', '|', ''), re.sub('a', '', 'banana'))
p = re.compile(r'(\d+)')
print(p.sub(r'<\1>', 'a12b345'), p.subn(lambda m: '', 'a1b2'))

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'a b c', maxsplit=-1))
print(re.split('[a-f]+', '0a3B9', flags=re.I), re.split(r'(a)|b', 'xaybz'))
print(re.split('x*', 'axbc'), re.split(r'\b', 'a b'), re.split('', 'ab'), re.split('c', ''))
print(re.compile(',').split('a,b,,c', 2))

# state-dict keys the way torchvision's densenet loader rewrites them
pattern = re.compile(
    r'^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|running_var))$')
keys = ['features.conv0.weight', 'features.denseblock1.denselayer1.norm.1.weight',
        'features.denseblock1.denselayer1.norm.1.running_mean',
        'features.denseblock2.denselayer12.conv.2.weight', 'features.denseblock1.denselayer1.norm1.weight',
        'features.denseblock3.denselayer5.relu.1.bias', 'classifier.bias']
for key in keys:
    m = pattern.match(key)
    if m:
        print(key, '->', m.group(1) + m.group(2), m.span(1), m.groups())
    else:
        print(key, 'unchanged')
    print(pattern.sub(r'\1\2', key))

# other common key rewrites
for key in ('module.layer1.0.conv1.weight', 'model.backbone.fc.weight', 'layer2.1.bn2.num_batches_tracked'):
    print(re.sub(r'^module\.', '', key), re.sub(r'\.(\d+)\.', lambda m: '[%s].' % m.group(1), key),
          re.fullmatch(r'layer(\d)\.(\d)\.(bn|conv)(\d)\.(\w+)', key))
print(re.findall(r'layer(\d+)\.(\d+)', 'layer1.0 layer2.13 layer3'))
print([k for k in keys if re.search(r'denselayer1\b', k)])
