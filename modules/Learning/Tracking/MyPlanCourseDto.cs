namespace SafetyPortal.Learning.Tracking;

/// <summary>A course of an assigned plan; <see cref="Url"/> is the course's page (the player starts from there).</summary>
public sealed record MyPlanCourseDto(Guid CourseId, string Title, decimal CreditHours, string Url);
