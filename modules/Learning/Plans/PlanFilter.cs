using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Plans;

public sealed record PlanFilter(TrainingPlanStatus? Status = null, TrainingPlanOwner? Owner = null, Guid? EnterpriseId = null);
