# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper's options.
import random
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-term "
        "state-of-the-art fox -- or so they said--really! Mr. Smith's e-mail was "
        "supercalifragilisticexpialidocious-and-more; x-y a-b-c re-re-enter 12-34 "
        "ab--cd --dash-- end-. What?  Yes.\tTabbed\there.\nNew line\r\nand more.")
for width in (1, 5, 8, 10, 12, 17, 25, 40, 70, 200):
    print(width, textwrap.wrap(text, width))
    print(textwrap.wrap(text, width, break_on_hyphens=False))
    print(textwrap.wrap(text, width, break_long_words=False))
    print(textwrap.wrap(text, width, drop_whitespace=False, replace_whitespace=False))
    print(textwrap.wrap(text, width, fix_sentence_endings=True))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, 30, expand_tabs=False))
print(textwrap.fill('a\tb\tc\td', 20, tabsize=4, replace_whitespace=False))
print(textwrap.wrap('  leading and trailing   ', 10), textwrap.wrap('   ', 5), textwrap.wrap('', 5))
print(textwrap.wrap('  leading and trailing   ', 10, drop_whitespace=False))
for ml in (1, 2, 3, 5):
    for ph in (' [...]', '...', ' ~'):
        print(ml, repr(ph), textwrap.wrap(text, 20, max_lines=ml, placeholder=ph))
print(textwrap.wrap('aaaa bbbb cccc dddd', 9, max_lines=2), textwrap.wrap('aaaa bbbb ', 9, max_lines=1))
print(textwrap.wrap('averyveryverylongword and more', 10, max_lines=2, placeholder='..'))
print(textwrap.wrap('one two three four', 8, max_lines=2, subsequent_indent='    ', placeholder='+'))
for w in (6, 11, 12, 13, 20, 60):
    print(textwrap.shorten('Hello  world!  This is   a test of shorten.', w))
print(textwrap.shorten('Hello world', 11, placeholder='...'), textwrap.shorten('  ', 5))
print(textwrap.fill('Sentence one.  Sentence two! "Quoted." Three? end', 25, fix_sentence_endings=True))
print(textwrap.wrap('Dr. Who met Mr. X. Then ok. A. B.', 200, fix_sentence_endings=True))
for bad in (lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('a b c', 3, max_lines=1, placeholder=' [...]'),
            lambda: textwrap.wrap('abc', -1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)

w = textwrap.TextWrapper(width=15, initial_indent='> ')
print(w.wrap('wrapper object reused twice'), w.fill('second text for it'))
w.width = 8
print(w.wrap('changed width now'))

# dedent / indent
for t in ['    a\n    b\n', '  a\n    b\n  c', '\ta\n\tb', '  a\n\tb', '    \n  a\n      \n  b\n', 'no indent\n  x',
          '   x\n   ', '  a\r\n  b\r\n', '\n\n  a\n\n', '', '   ', ' \t a\n \t b\n \tc', '  x\n \n  y']:
    print(repr(textwrap.dedent(t)))
print(repr(textwrap.indent('a\nb\n\n  \nc', '> ')))
print(repr(textwrap.indent('a\nb\n\nc\r\nd', '+', lambda line: True)))
print(repr(textwrap.indent('one\ntwo\nthree', '# ', lambda line: 't' in line)))

# chunking compared on many generated strings
rng = random.Random(7)
parts = ['a', 'bc', 'word', 'x', '-', '--', '---', ' ', '  ', '.', ',', '!', '?', "'", '"', '&', '1', '23', '_',
         'é', 'Über', '\t', '\n', '(', ')', 'A', 'Z']
for i in range(300):
    s = ''.join(rng.choice(parts) for _ in range(rng.randrange(1, 14)))
    tw = textwrap.TextWrapper(width=rng.randrange(1, 12))
    r = (tw._split(s), tw.wrap(s))
    tw.break_on_hyphens = False
    print(repr(s), r, tw.wrap(s))
