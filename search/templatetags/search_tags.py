from django import template

from hub.content.registry import facts_line

register = template.Library()
register.filter("facts_line", facts_line)
