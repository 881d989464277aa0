from django.contrib import messages

from wagtail import hooks

from courses.models import CourseModulePage, UnitPage


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def tell_editor_when_workload_does_not_fit(request, page):
    """After saving a module or one of its units, warn when the units' hours no longer
    add up to the module's ECTS credits."""
    specific = page.specific
    if isinstance(specific, UnitPage):
        module = specific.get_parent().specific
    elif isinstance(specific, CourseModulePage):
        module = specific
    else:
        return
    warning = module.workload_warning()
    if warning:
        messages.warning(request, f"{module.title}: {warning}")
