using Microsoft.EntityFrameworkCore.Storage;

namespace SafetyPortal.Platform.Data.MySqlParameters;

/// <summary>
/// EF's command builder factory for MySQL/MariaDB, whose builders add <see cref="TypedMySqlParameter"/>s: the parameters
/// of queries and saves reach MySqlConnector with their type already set, so it does not search its type table for each.
/// </summary>
internal sealed class TypedParameterCommandBuilderFactory(RelationalCommandBuilderDependencies dependencies)
    : RelationalCommandBuilderFactory(dependencies)
{
    public override IRelationalCommandBuilder Create() => new TypedParameterCommandBuilder(Dependencies);
}
