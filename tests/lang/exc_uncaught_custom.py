# An uncaught user-defined exception with a chained cause.
# exit status: 1
class ConfigError(Exception):
    pass

print("loading")
try:
    {}["key"]
except KeyError as e:
    raise ConfigError("bad config") from e
