using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.Internal;
using MySqlConnector;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Data.MySqlParameters;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Tests.Data;

/// <summary>
/// On MySQL/MariaDB a parameter is drafted and copied so MySqlConnector need not search its type table: what reaches the
/// server must be what EF's own path makes (type, value, size), for every column type of the kernel's model.
/// </summary>
#pragma warning disable EF1001 // TypeMappedRelationalParameter: EF's internal API, as in the code under test
public sealed class TypedParameterTests
{
    [Fact]
    public void A_drafted_parameter_is_the_one_EF_makes()
    {
        using var db = MySqlContext();
        var drafted = new HashSet<Type>();
        foreach (var property in db.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var mapping = property.GetRelationalTypeMapping();
            if (!DraftParameter.CanDraft(mapping))
            {
                continue;
            }
            drafted.Add(property.ClrType);
            foreach (var value in SamplesOf(property.ClrType))
            {
                using var usualCommand = new MySqlCommand();
                var usual = (MySqlParameter)mapping.CreateParameter(usualCommand, "@p0", value, property.IsNullable);
                using var command = new MySqlCommand();
                new TypedMySqlParameter(new TypeMappedRelationalParameter("p0", "@p0", mapping, property.IsNullable)).AddDbParameter(command, value);
                var made = command.Parameters[0];
                var what = $"{property.DeclaringType.DisplayName()}.{property.Name} = {value ?? "null"}";
                Assert.True(Equals(usual.Value, made.Value), what);
                Assert.Equal((usual.MySqlDbType, usual.Size, usual.Precision, usual.Scale, usual.IsNullable, usual.Direction, usual.ParameterName),
                    (made.MySqlDbType, made.Size, made.Precision, made.Scale, made.IsNullable, made.Direction, made.ParameterName));
            }
        }
        // The common column types take the drafted path (else the type search would be back).
        Assert.Superset(new HashSet<Type> { typeof(string), typeof(Guid), typeof(int), typeof(bool), typeof(DateTime) }, drafted);
    }

    [Fact]
    public void A_parameter_for_another_provider_is_made_as_usual()
    {
        using var db = MySqlContext();
        var mapping = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).First(p => p.ClrType == typeof(string)).GetRelationalTypeMapping();
        using var command = new Microsoft.Data.Sqlite.SqliteCommand();
        new TypedMySqlParameter(new TypeMappedRelationalParameter("p0", "@p0", mapping, true)).AddDbParameter(command, "x");
        Assert.Equal("x", command.Parameters[0].Value);
    }

    /// <summary>The portal's context with the kernel's model on MySQL options (no server is needed to build the model).</summary>
    private static PortalDbContext MySqlContext() => new(
        PortalContextServices.AddTo(new DbContextOptionsBuilder<PortalDbContext>(), new ModuleCatalog(new EmptyModule()), new CurrentTenant())
            .UseMySql("Server=127.0.0.1", ServerVersion.Parse("10.11.19-mariadb"))
            .Options);

    private static IEnumerable<object?> SamplesOf(Type type)
    {
        yield return null;
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        yield return plain switch
        {
            _ when plain == typeof(string) => "a 'quoted' \\ value",
            _ when plain == typeof(Guid) => Guid.Parse("3a7be5f1-0000-4000-8000-000000000001"),
            _ when plain == typeof(DateTime) => new DateTime(2026, 11, 30, 8, 41, 31, DateTimeKind.Utc),
            _ when plain == typeof(DateTimeOffset) => new DateTimeOffset(2026, 11, 30, 8, 41, 31, TimeSpan.FromHours(8)),
            _ when plain == typeof(bool) => true,
            _ when plain == typeof(TimeSpan) => TimeSpan.FromMinutes(7),
            _ when plain == typeof(DateOnly) => new DateOnly(2026, 11, 30),
            _ when plain == typeof(TimeOnly) => new TimeOnly(8, 41),
            _ when plain == typeof(byte[]) => new byte[] { 1, 2, 3 },
            _ when plain.IsEnum => Enum.GetValues(plain).GetValue(0),
            _ when plain.IsValueType => Convert.ChangeType(7, plain, System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
#pragma warning restore EF1001
