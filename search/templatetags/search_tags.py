from django import template

from hub.registry import facts_line

register = template.Library()
register.filter("facts_line", facts_line)
