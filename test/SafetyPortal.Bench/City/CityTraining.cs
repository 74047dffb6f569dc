using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Bench.City;

/// <summary>
/// Training plans and enrolments for the generated city: per town the bureau's all-staff plan and the town's frontline
/// plan, every person of the city enrolled on both (the bureau's two plans for the principals and safety managers), and
/// one large enterprise per town with <see cref="LargeEnterpriseStaff"/> extra people. Progress is deterministic: about
/// 60 % complete, a third of the rest overdue. Courses and study records come from the courses half of the module.
/// </summary>
public sealed class CityTraining(CityGenerator city, int largeEnterpriseStaff = CityTraining.LargeEnterpriseStaff)
{
    public const int LargeEnterpriseStaff = 5_000;
    public const decimal RequiredHours = 12;
    public static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Deadline = new(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    public CityGenerator City { get; } = city;

    /// <summary>One town's enrolment rows for the two plans, as (enterprise index, person index, audience, hours, completed).</summary>
    public IEnumerable<GeneratedEnrolment> EnrolmentsOf(GeneratedTown town)
    {
        foreach (var person in City.StaffOf(town))
        {
            foreach (var enrolment in Of(person.Index, person.Enterprise))
            {
                yield return enrolment;
            }
        }
        // The town's large enterprise: its first one, with thousands more staff.
        for (var i = 0; i < largeEnterpriseStaff; i++)
        {
            foreach (var enrolment in Of(City.StaffCount + town.Index * largeEnterpriseStaff + i, town.FirstEnterprise))
            {
                yield return enrolment;
            }
        }
    }

    private static IEnumerable<GeneratedEnrolment> Of(int person, int enterprise)
    {
        var audience = (person % 50) switch { 0 => TrainingAudience.Principal, 1 => TrainingAudience.SafetyManager, _ => TrainingAudience.Frontline };
        for (var plan = 0; plan < 2; plan++)
        {
            if (plan == 1 && audience != TrainingAudience.Frontline)
            {
                continue;
            }
            var roll = (int)((uint)(person * 2654435761u + (uint)plan * 40503u) % 100);
            var hours = roll < 60 ? RequiredHours : Math.Round(RequiredHours * roll / 100m / 2, 1);
            yield return new GeneratedEnrolment(plan, enterprise, person, audience, person % 6, hours, roll < 60);
        }
    }
}

/// <summary>One generated enrolment: plan 0 (bureau, all staff) or 1 (town, frontline), the unit as one of six departments.</summary>
public sealed record GeneratedEnrolment(int Plan, int Enterprise, int Person, TrainingAudience Audience, int Unit, decimal Hours, bool Completed);
