using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SafetyPortal.Bench.City;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Organization.Import;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Import;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Bench.Import;

/// <summary>
/// Puts the generated city's towns, enterprises (through the enterprise import) and departments into
/// the database, and writes each town's staff workbook. Not timed: it prepares the staff import.
/// </summary>
internal static class CitySeeder
{
    public static async Task<Dictionary<string, Guid>> SeedAsync(IServiceProvider services, CityGenerator city)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().InitializeAsync();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.AddRange(city.Towns.Select(t => new Tenant { Code = t.Code, Name = t.Name }));
            await db.SaveChangesAsync();
            // The built-in roles of each town, as the portal seeds them at start.
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(IsDemo: false));
        }
        var townIds = new Dictionary<string, Guid>();
        foreach (var town in city.Towns)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            townIds[town.Code] = await db.Set<Tenant>().Where(t => t.Code == town.Code).Select(t => t.Id).SingleAsync();
            using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townIds[town.Code]))
            {
                await ImportEnterprisesAsync(scope.ServiceProvider, city, town);
                await AddDepartmentsAsync(db);
            }
        }
        return townIds;
    }

    public static string WriteStaffWorkbook(CityGenerator city, GeneratedTown town, string folder)
    {
        var path = Path.Combine(folder, $"staff-{town.Code}.xlsx");
        // Streams: MiniExcel pulls the rows as it writes them.
        MiniExcel.SaveAs(path, city.StaffOf(town).Select(p => new Dictionary<string, object?>
        {
            [ImportColumns.Name] = p.Name,
            [ImportColumns.IdCardNumber] = p.IdCardNumber,
            [ImportColumns.Mobile] = p.Mobile,
            [ImportColumns.EnterpriseCreditCode] = CityGenerator.CreditCode(p.Enterprise),
            [ImportColumns.Unit] = p.Department,
            [ImportColumns.Position] = p.Position,
            [ImportColumns.Role] = p.Role,
        }));
        return path;
    }

    private static async Task ImportEnterprisesAsync(IServiceProvider services, CityGenerator city, GeneratedTown town)
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(city.EnterprisesOf(town).Select(e => new Dictionary<string, object?>
        {
            [ImportColumns.EnterpriseName] = e.Name,
            [ImportColumns.CreditCode] = e.CreditCode,
            [ImportColumns.IndustryCode] = e.IndustryCode,
            [ImportColumns.KeySites] = e.KeySites,
            [ImportColumns.RegulatoryGrade] = e.RegulatoryGrade,
            [ImportColumns.PrincipalName] = e.PrincipalName,
            [ImportColumns.PrincipalPhone] = e.PrincipalPhone,
        }));
        workbook.Position = 0;
        var report = await services.GetRequiredService<EnterpriseImport>().RunAsync(workbook, ImportFileFormat.Xlsx, IImportProgress.None);
        if (report.Rejected > 0 || report.Created != town.EnterpriseCount)
        {
            throw new InvalidOperationException($"Enterprise import of {town.Code}: {report.Created} created, first error {report.Errors.FirstOrDefault()}");
        }
    }

    private static async Task AddDepartmentsAsync(PortalDbContext db)
    {
        var enterprises = await db.Set<OrganizationUnit>().AsNoTracking().Where(u => u.ParentId == null).Select(u => new { u.Id, u.Code }).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var enterprise in enterprises)
        {
            db.AddRange(ChineseText.Departments.Select((name, i) => new OrganizationUnit
            {
                ParentId = enterprise.Id,
                Code = OrganizationUnitCode.Create(i + 1, enterprise.Code),
                DisplayName = name,
                Kind = OrganizationUnitKind.Department,
            }));
        }
        await db.SaveChangesAsync();
    }
}
