using SafetyPortal.Platform.Learning;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Bench.City;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Tracking;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Learning;

/// <summary>Writes the city's plans through EF and its enrolments with MySqlBulkCopy (hundreds of thousands of rows).</summary>
internal static class TrainingSeeder
{
    public static async Task<(Guid BureauPlan, Dictionary<string, Guid> LargeEnterprises, int Rows)> SeedAsync(
        IServiceProvider services, string connectionString, CityTraining training, IReadOnlyDictionary<string, Guid> townIds)
    {
        var city = training.City;
        Guid bureauPlan;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var plan = Plan(null, "2026 all-staff safety training", TrainingAudience.None);
            db.Add(plan);
            await db.SaveChangesAsync();
            bureauPlan = plan.Id;
        }
        var large = new Dictionary<string, Guid>();
        var rows = 0;
        foreach (var town in city.Towns)
        {
            var townId = townIds[town.Code];
            await using var scope = services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var townPlan = Plan(townId, "Frontline yearly refresher", TrainingAudience.Frontline);
            db.Add(townPlan);
            await db.SaveChangesAsync();
            var enterprises = await db.Set<EnterpriseProfile>().ToDictionaryAsync(p => p.CreditCode, p => p.Id);
            var ids = city.EnterprisesOf(town).ToDictionary(e => e.Index, e => enterprises[e.CreditCode]);
            large[town.Code] = ids[town.FirstEnterprise];
            rows += await BulkInsertAsync(connectionString, townId, [bureauPlan, townPlan.Id], ids, training.EnrolmentsOf(town));
            // Rows written around EF need the summary the enrolment job would build.
            await scope.ServiceProvider.GetRequiredService<TrainingCoverage>().RebuildMissingAsync();
        }
        return (bureauPlan, large, rows);
    }

    private static TrainingPlan Plan(Guid? townId, string title, TrainingAudience audience) => new()
    {
        TenantId = townId, Title = title, Audience = audience, Status = TrainingPlanStatus.Published, PublishedTime = CityTraining.Start,
        PeriodStart = CityTraining.Start, PeriodEnd = CityTraining.Start.AddYears(1), Deadline = CityTraining.Deadline,
        RequiredHours = CityTraining.RequiredHours,
    };

    private static async Task<int> BulkInsertAsync(string connectionString, Guid townId, Guid[] plans, Dictionary<int, Guid> enterprises,
        IEnumerable<GeneratedEnrolment> enrolments)
    {
        var table = new DataTable();
        foreach (var column in new[] { "Id", "TenantId", "PlanId", "UserId", "EnterpriseId", "UnitId" })
        {
            table.Columns.Add(column, typeof(string));
        }
        table.Columns.Add("Audience", typeof(int));
        table.Columns.Add("PrimaryAudience", typeof(int));
        table.Columns.Add("EnrolledTime", typeof(DateTime));
        table.Columns.Add("Deadline", typeof(DateTime));
        table.Columns.Add("RequiredHours", typeof(decimal));
        table.Columns.Add("HoursEarned", typeof(decimal));
        table.Columns.Add("CompletedTime", typeof(DateTime));
        table.Columns.Add("IsActive", typeof(bool));
        table.Columns.Add("ReminderCount", typeof(int));
        foreach (var e in enrolments)
        {
            var enterprise = enterprises[e.Enterprise];
            table.Rows.Add(Guid.NewGuid().ToString(), townId.ToString(), plans[e.Plan].ToString(), Deterministic(e.Person).ToString(),
                enterprise.ToString(), Deterministic(e.Enterprise * 10 + e.Unit, 7).ToString(), (int)e.Audience, (int)e.Audience,
                CityTraining.Start, CityTraining.Deadline, CityTraining.RequiredHours, e.Hours,
                e.Completed ? CityTraining.Start.AddDays(30 + e.Person % 120) : DBNull.Value, true, 0);
        }
        await using var connection = new MySqlConnection(new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true }.ConnectionString);
        await connection.OpenAsync();
        return (int)await BenchBulkCopy.WriteAsync(connection, table, "LearningEnrolments");
    }

    private static Guid Deterministic(int index, byte kind = 1)
    {
        var bytes = new byte[16];
        BitConverter.GetBytes(index).CopyTo(bytes, 0);
        bytes[15] = kind;
        return new Guid(bytes);
    }

}
