namespace SafetyPortal.Learning.Seeding;

/// <summary>demo-courses.json: the demo's bureau course, each town's own course and the demo enterprise's internal course.</summary>
internal sealed record DemoCourses(DemoCourse Bureau, DemoCourse Town, DemoCourse Enterprise);
