using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.Internal;

namespace SafetyPortal.Platform.Data.MySqlParameters;

/// <summary>EF's command builder, except that a type-mapped parameter becomes a <see cref="TypedMySqlParameter"/>.</summary>
#pragma warning disable EF1001 // TypeMappedRelationalParameter is EF's internal API: pinned EF 9, covered by the MariaDB tests.
internal sealed class TypedParameterCommandBuilder(RelationalCommandBuilderDependencies dependencies) : RelationalCommandBuilder(dependencies)
{
    public override IRelationalCommandBuilder AddParameter(IRelationalParameter parameter) =>
        base.AddParameter(parameter.GetType() == typeof(TypeMappedRelationalParameter)
            && DraftParameter.CanDraft(TypedMySqlParameter.MappingOf((TypeMappedRelationalParameter)parameter))
                ? new TypedMySqlParameter((TypeMappedRelationalParameter)parameter)
                : parameter);
}
#pragma warning restore EF1001
