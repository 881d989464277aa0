"""Settings package: `base` is safe for production; `dev` and `test` add the insecure
defaults; `production` adds what only production needs.

Each module copies the upper-case names of the module it builds on with `inherit`,
instead of a star import, so every name a module changes is visible in that module.
"""

import os


def inherit(namespace, module):
    """Copy the settings (upper-case names) of `module` into `namespace`."""
    namespace.update({name: value for name, value in vars(module).items() if name.isupper()})


def env(name, default=None):
    """A setting from the environment; an empty string counts as unset."""
    value = os.environ.get(name, "").strip()
    return value if value else default


def env_bool(name, default=False):
    value = env(name)
    if value is None:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = env(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]
