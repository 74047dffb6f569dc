namespace SafetyPortal.Learning.Domain;

/// <summary>A course of a training plan; hours earned in its lessons during the plan's period count towards the plan.</summary>
public class TrainingPlanCourse
{
    public Guid PlanId { get; set; }
    public Guid CourseId { get; set; }
    public int Order { get; set; }
}
