# The workflow service (DESIGN.md §4): action specs, permissions, rules, one transaction per action.
target_sources(ogi_core PRIVATE
    settings/OfficeSettings.cpp settings/OfficeSettings.h
    settings/DocumentNumberPattern.cpp settings/DocumentNumberPattern.h
    settings/SealedSecret.cpp settings/SealedSecret.h
    workflow/ActionDefaults.cpp workflow/ActionDefaults.h
    workflow/ActionPermission.cpp workflow/ActionPermission.h
    workflow/ActionRules.cpp workflow/ActionRules.h
    workflow/ActionSpec.cpp workflow/ActionSpec.h
    workflow/CaseWorkflow.cpp workflow/CaseWorkflow.h
    workflow/CorrectionRules.cpp workflow/CorrectionRules.h
    workflow/EventDetailsText.cpp workflow/EventDetailsText.h)
