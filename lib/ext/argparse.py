# Command-line parsing (CPython's argparse module): same parsing, messages and
# help layout as CPython 3.11. CPython matches argument counts with regular
# expressions over a string of 'A' (argument), 'O' (option) and '-' ('--');
# _match below is a small backtracking matcher giving the same greedy counts.

import os as _os
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Action',
           'BooleanOptionalAction', 'HelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'MetavarTypeHelpFormatter', 'Namespace', 'ONE_OR_MORE', 'OPTIONAL',
           'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED = '_unrecognized_args'


class _AttributeHolder:
    def __repr__(self):
        args = [repr(a) for a in self._get_args()]
        star = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                args.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            args.append('**%r' % (star,))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


def _action_name(a):
    if a is None:
        return None
    if a.option_strings:
        return '/'.join(a.option_strings)
    if a.metavar not in (None, SUPPRESS):
        return a.metavar
    if a.dest not in (None, SUPPRESS):
        return a.dest
    if a.choices:
        return '{' + ','.join(a.choices) + '}'
    return None


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


# ---- help formatting

def _terminal_columns():
    # shutil.get_terminal_size: $COLUMNS, else the fallback 80 (tests have no tty).
    try:
        n = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        n = 0
    return n if n > 0 else 80


def _usage_parts(text):
    # re.findall(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+', text)
    parts = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        c = text[i]
        if c in '([':
            close = ')' if c == '(' else ']'
            k = i + 1
            while k < n and text[k] != '\n':
                if text[k] == close:
                    m = k
                    while m < n and text[m] == close:
                        m += 1
                    if m == n or text[m].isspace():
                        end = m
                        break
                k += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _drop_empty_groups(text):
    # re.sub(r'[\[(] *[\])]', '', text)
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in '[(':
            k = i + 1
            while k < n and text[k] == ' ':
                k += 1
            if k < n and text[k] in '])':
                i = k + 1
                continue
        out.append(text[i])
        i += 1
    return ''.join(out)


def _squash(text):
    # re.sub(r'\s+', ' ', text, flags=re.ASCII).strip()
    for c in '\t\n\r\x0b\x0c':
        text = text.replace(c, ' ')
    return ' '.join(w for w in text.split(' ') if w).strip()


class HelpFormatter:
    class _Section:
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            f = self.formatter
            if self.parent is not None:
                f._indent()
            body = f._join_parts([func(*args) for func, args in self.items])
            if self.parent is not None:
                f._dedent()
            if not body:
                return ''
            heading = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = '%*s%s:\n' % (f._current_indent, '', self.heading)
            return f._join_parts(['\n', heading, body, '\n'])

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invs = [self._format_action_invocation(action)]
            for sub in self._iter_indented_subactions(action):
                invs.append(self._format_action_invocation(sub))
            n = max(len(s) for s in invs) + self._current_indent
            self._action_max_length = max(self._action_max_length, n)
            self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            while '\n\n\n' in text:
                text = text.replace('\n\n\n', '\n\n')
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, parts):
        return ''.join(p for p in parts if p and p is not SUPPRESS)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            opts = [a for a in actions if a.option_strings]
            poss = [a for a in actions if not a.option_strings]
            fmt = self._format_actions_usage
            action_usage = fmt(opts + poss, groups)
            usage = ' '.join(s for s in [prog, action_usage] if s)
            width = self._width - self._current_indent
            if len(prefix) + len(usage) > width:
                opt_parts = _usage_parts(fmt(opts, groups))
                pos_parts = _usage_parts(fmt(poss, groups))

                def get_lines(parts, indent, prefix=None):
                    lines, line = [], []
                    n = len(prefix if prefix is not None else indent) - 1
                    for part in parts:
                        if n + 1 + len(part) > width and line:
                            lines.append(indent + ' '.join(line))
                            line, n = [], len(indent) - 1
                        line.append(part)
                        n += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    lines = get_lines(opt_parts + pos_parts, indent)
                    if len(lines) > 1:
                        lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _format_actions_usage(self, actions, groups):
        grouped = set()
        inserts = {}

        def insert(i, s, sep):
            inserts[i] = inserts[i] + sep + s if i in inserts else s

        for group in groups:
            if not group._group_actions:
                raise ValueError('empty group %s' % (group,))
            if group._group_actions[0] not in actions:
                continue
            start = actions.index(group._group_actions[0])
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            shown = 0
            for a in group._group_actions:
                grouped.add(a)
                if a.help is not SUPPRESS:
                    shown += 1
            if not group.required:
                insert(start, '[', ' ')
                insert(end, ']', '')
            elif shown > 1:
                insert(start, '(', ' ')
                insert(end, ')', '')
            for i in range(start + 1, end):
                inserts[i] = '|'
        parts = []
        for i, a in enumerate(actions):
            if a.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == '|':
                    inserts.pop(i)
                elif inserts.get(i + 1) == '|':
                    inserts.pop(i + 1)
            elif not a.option_strings:
                part = self._format_args(a, self._get_default_metavar_for_positional(a))
                if a in grouped and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if a.nargs == 0:
                    part = a.format_usage()
                else:
                    args = self._format_args(a, self._get_default_metavar_for_optional(a))
                    part = '%s %s' % (a.option_strings[0], args)
                if not a.required and a not in grouped:
                    part = '[%s]' % part
                parts.append(part)
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        text = ' '.join(p for p in parts if p is not None)
        text = text.replace('[ ', '[').replace('( ', '(')
        text = text.replace(' ]', ']').replace(' )', ')')
        return _drop_empty_groups(text).strip()

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_pos = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_pos, 11)
        action_width = help_pos - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = self._current_indent
        if not action.help:
            header = '%*s%s\n' % (indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (indent, '', action_width, header)
            first = 0
        else:
            header = '%*s%s\n' % (indent, '', header)
            first = help_pos
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_pos, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _metavar_formatter(self, action, default):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            result = default

        def fmt(n):
            return result if isinstance(result, tuple) else (result,) * n
        return fmt

    def _format_args(self, action, default):
        mv = self._metavar_formatter(action, default)
        nargs = action.nargs
        if nargs is None:
            return '%s' % mv(1)
        if nargs == OPTIONAL:
            return '[%s]' % mv(1)
        if nargs == ZERO_OR_MORE:
            m = mv(1)
            return '[%s [%s ...]]' % m if len(m) == 2 else '[%s ...]' % m
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % mv(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % mv(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % mv(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in params:
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        if get is not None:
            self._indent()
            yield from get()
            self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squash(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squash(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- actions

class Action(_AttributeHolder):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith('--'):
                strings.append('--no-' + s[2:])
        super().__init__(strings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have '
                             'nothing to store, actions such as store true or store '
                             'const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings '
                             'are not supplying the value to append, the append const '
                             'action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (getattr(namespace, self.dest, None) or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        f = parser._get_formatter()
        f.add_text(version)
        parser._print_message(f.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__([], name, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            msg = 'unknown parser %r (choices: %s)' % (name, ', '.join(self._name_parser_map))
            raise ArgumentError(self, msg)
        sub, rest = self._name_parser_map[name].parse_known_args(rest, None)
        for key, value in vars(sub).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED, [])
            getattr(namespace, _UNRECOGNIZED).extend(rest)


_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
            'append': _AppendAction, 'append_const': _AppendConstAction,
            'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
            'parsers': _SubParsersAction}


def _is_negative_number(s):
    # r'^-\d+$|^-\d*\.\d+$'
    if len(s) < 2 or s[0] != '-':
        return False
    a, dot, b = s[1:].partition('.')
    if not dot:
        return a.isdigit() and a.isascii()
    return (not a or a.isdigit() and a.isascii()) and b.isdigit() and b.isascii()


# ---- containers

class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.get(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = kwargs.pop('action', None)
        action_class = self._registry_get('action', action_class, action_class)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
        for s in action.option_strings:
            if _is_negative_number(s) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % (group.title,))
            by_title[group.title] = group
        group_map = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        strings, longs = [], []
        for s in args:
            if not s[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (s, self.prefix_chars))
            strings.append(s)
            if len(s) > 1 and s[1] in self.prefix_chars:
                longs.append(s)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest = (longs or strings)[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (strings[0],))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=strings)

    def _check_conflict(self, action):
        clashes = []
        for s in action.option_strings:
            if s in self._option_string_actions:
                clashes.append((s, self._option_string_actions[s]))
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for s, other in clashes:
                other.option_strings.remove(s)
                self._option_string_actions.pop(s, None)
                if not other.option_strings:
                    other.container._remove_action(other)
            return
        msg = 'conflicting option string%s: %s' % ('s' if len(clashes) > 1 else '',
                                                   ', '.join(s for s, _ in clashes))
        raise ArgumentError(action, msg)

    def _remove_action(self, action):
        self._actions.remove(action)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# Argument-count patterns: a list of (characters, min, max) runs, all greedy.
_INF = 1 << 30


def _nargs_pattern(action):
    n = action.nargs
    if n is None:
        p = [('-', 0, _INF), ('A', 1, 1), ('-', 0, _INF)]
    elif n == OPTIONAL:
        p = [('-', 0, _INF), ('A', 0, 1), ('-', 0, _INF)]
    elif n == ZERO_OR_MORE:
        p = [('-', 0, _INF), ('A-', 0, _INF)]
    elif n == ONE_OR_MORE:
        p = [('-', 0, _INF), ('A', 1, 1), ('A-', 0, _INF)]
    elif n == REMAINDER:
        p = [('-AO', 0, _INF)]
    elif n == PARSER:
        p = [('-', 0, _INF), ('A', 1, 1), ('-AO', 0, _INF)]
    elif n == SUPPRESS:
        p = [('-', 0, _INF)]
    else:
        p = [('-', 0, _INF)]
        for _ in range(n):
            p += [('A', 1, 1), ('-', 0, _INF)]
    if action.option_strings:  # options never take '--' (CPython drops '-*' and '-')
        p = [(cs.replace('-', ''), lo, hi) for cs, lo, hi in p]
        p = [(cs, lo, hi) for cs, lo, hi in p if cs]
    return p


def _match(groups, s):
    # Lengths of each group in the first (greedy, backtracking) match of s's
    # start, as re.match would give; None if there is none.
    runs = [(g, r) for g, pat in enumerate(groups) for r in pat]

    def go(k, i):
        if k == len(runs):
            return []
        cs, lo, hi = runs[k][1]
        n = 0
        while n < hi and i + n < len(s) and s[i + n] in cs:
            n += 1
        for c in range(n, lo - 1, -1):
            rest = go(k + 1, i + c)
            if rest is not None:
                return [c] + rest
        return None

    counts = go(0, 0)
    if counts is None:
        return None
    lengths = [0] * len(groups)
    for (g, _), c in zip(runs, counts):
        lengths[g] += c
    return lengths


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars, argument_default,
                                   conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        for name, cls in _ACTIONS.items():
            self.register('action', name, cls)
        self.register('type', None, lambda string: string)
        p = '-' if '-' in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(p + 'h', p * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, '_defaults', None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            self._subparsers = self.add_argument_group(title, kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            f = self._get_formatter()
            f.add_usage(self.usage, self._get_positional_actions(),
                        self._mutually_exclusive_groups, '')
            kwargs['prog'] = f.format_help().strip()
        cls = kwargs.pop('action', 'parsers')
        cls = self._registry_get('action', cls, cls)
        action = cls(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED):
            args.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            acts = group._group_actions
            for i, a in enumerate(acts):
                conflicts.setdefault(a, []).extend(acts[:i] + acts[i + 1:])

        # One letter per argument: 'O' option, 'A' argument, '-' for '--'.
        option_at = {}
        pattern = []
        after_dashes = False
        for i, s in enumerate(arg_strings):
            if after_dashes:
                pattern.append('A')
            elif s == '--':
                pattern.append('-')
                after_dashes = True
            else:
                t = self._parse_optional(s)
                if t is None:
                    pattern.append('A')
                else:
                    option_at[i] = t
                    pattern.append('O')
        pattern = ''.join(pattern)

        seen = set()
        seen_non_default = set()
        extras = []

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit = option_at[start]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is None:
                    n = self._match_argument(action, pattern[start + 1:])
                    stop = start + 1 + n
                    todo.append((action, arg_strings[start + 1:stop], option_string))
                    break
                n = self._match_argument(action, 'A')
                if n == 0 and option_string[1] not in self.prefix_chars and explicit != '':
                    # -xyz: single-dash flags run together
                    todo.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    rest = explicit[1:] or None
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    action = self._option_string_actions[option_string]
                    explicit = rest
                elif n == 1:
                    stop = start + 1
                    todo.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            for action, args, option_string in todo:
                take_action(action, args, option_string)
            return stop

        positionals = self._get_positional_actions()

        def consume_positionals(start):
            counts = self._match_arguments_partial(positionals, pattern[start:])
            for action, n in zip(positionals, counts):
                args = arg_strings[start:start + n]
                start += n
                take_action(action, args)
            positionals[:] = positionals[len(counts):]
            return start

        start = 0
        last_option = max(option_at) if option_at else -1
        while start <= last_option:
            next_option = min(i for i in option_at if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_at:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                required.append(_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error('the following arguments are required: %s' % ', '.join(required))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _match_argument(self, action, pattern):
        m = _match([_nargs_pattern(action)], pattern)
        if m is None:
            n = action.nargs
            if n is None:
                msg = 'expected one argument'
            elif n == OPTIONAL:
                msg = 'expected at most one argument'
            elif n == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                msg = ('expected %s argument' if n == 1 else 'expected %s arguments') % n
            raise ArgumentError(action, msg)
        return m[0]

    def _match_arguments_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            m = _match([_nargs_pattern(a) for a in actions[:i]], pattern)
            if m is not None:
                return m
        return []

    def _parse_optional(self, s):
        if not s or s[0] not in self.prefix_chars:
            return None
        if s in self._option_string_actions:
            return self._option_string_actions[s], s, None
        if len(s) == 1:
            return None
        if '=' in s:
            opt, explicit = s.split('=', 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, explicit
        found = self._get_option_tuples(s)
        if len(found) > 1:
            names = ', '.join(t[1] for t in found)
            self.error('ambiguous option: %s could match %s' % (s, names))
        elif len(found) == 1:
            return found[0]
        if _is_negative_number(s) and not self._has_negative_number_optionals:
            return None
        if ' ' in s:
            return None
        return None, s, None

    def _get_option_tuples(self, s):
        result = []
        chars = self.prefix_chars
        if s[0] in chars and s[1] in chars:
            if self.allow_abbrev:
                prefix, eq, explicit = s.partition('=')
                if not eq:
                    explicit = None
                for opt in self._option_string_actions:
                    if opt.startswith(prefix):
                        result.append((self._option_string_actions[opt], opt, explicit))
        else:
            for opt in self._option_string_actions:
                if opt == s[:2]:
                    result.append((self._option_string_actions[opt], opt, s[2:]))
                elif opt.startswith(s):
                    result.append((self._option_string_actions[opt], opt, None))
        return result

    def _get_values(self, action, strings):
        if action.nargs not in [PARSER, REMAINDER] and '--' in strings:
            strings.remove('--')
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and action.nargs in [None, OPTIONAL]:
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, s):
        func = self._registry_get('type', action.type, action.type)
        if not callable(func):
            raise ArgumentError(action, '%r is not callable' % (func,))
        try:
            return func(s)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, s))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    # ---- help and errors

    def format_usage(self):
        f = self._get_formatter()
        f.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return f.format_help()

    def format_help(self):
        f = self._get_formatter()
        f.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        f.add_text(self.description)
        for group in self._action_groups:
            f.start_section(group.title)
            f.add_text(group.description)
            f.add_arguments(group._group_actions)
            f.end_section()
        f.add_text(self.epilog)
        return f.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
