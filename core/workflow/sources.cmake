# The workflow service (DESIGN.md §4): action specs, permissions, rules, one transaction per action.
target_sources(ogi_core PRIVATE
    settings/OfficeKind.cpp settings/OfficeKind.h
    settings/OfficeSettings.cpp settings/OfficeSettings.h
    settings/DocumentNumberPattern.cpp settings/DocumentNumberPattern.h
    workflow/ActionDefaults.cpp workflow/ActionDefaults.h
    workflow/ActionPermission.cpp workflow/ActionPermission.h
    workflow/ActionPrerequisites.cpp workflow/ActionPrerequisites.h
    workflow/ActionRules.cpp workflow/ActionRules.h
    workflow/ActionSpec.cpp workflow/ActionSpec.h
    workflow/CaseWorkflow.cpp workflow/CaseWorkflow.h
    workflow/CorrectionRules.cpp workflow/CorrectionRules.h
    workflow/DeliveryRules.cpp workflow/DeliveryRules.h
    workflow/DraftRules.cpp workflow/DraftRules.h
    workflow/DueList.cpp workflow/DueList.h
    workflow/EventDetailsText.cpp workflow/EventDetailsText.h
    workflow/NextStep.cpp workflow/NextStep.h
    workflow/ReasonsRules.cpp workflow/ReasonsRules.h
    workflow/ReceiptEvidence.cpp workflow/ReceiptEvidence.h
    workflow/RuleErrors.h)
