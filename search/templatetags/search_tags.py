from django import template

from search.display import facts_line

register = template.Library()
register.filter("facts_line", facts_line)
