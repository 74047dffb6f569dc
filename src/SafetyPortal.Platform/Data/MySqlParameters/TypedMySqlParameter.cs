using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.Internal;
using MySqlConnector;

namespace SafetyPortal.Platform.Data.MySqlParameters;

/// <summary>
/// A type-mapped parameter that gives MySqlConnector its <see cref="MySqlDbType"/> before its value. EF sets a new
/// parameter's value and then its <c>DbType</c>, and <see cref="MySqlParameter"/> answers each by searching its type table
/// linearly (MySqlConnector 2.6: <c>TypeMapper.GetMySqlDbTypeForDbType</c>, about a tenth of a workflow start). Here EF's own
/// <c>CreateParameter</c> (value converter, enum, size: the mapping's code, unchanged) fills a <see cref="DraftParameter"/>,
/// which is then copied to a <see cref="MySqlParameter"/> with the type it would have got, set first: no search.
/// </summary>
#pragma warning disable EF1001 // see TypedParameterCommandBuilder
internal sealed class TypedMySqlParameter : TypeMappedRelationalParameter
{
    private readonly RelationalTypeMapping mapping;
    private readonly bool? nullable;

    public TypedMySqlParameter(TypeMappedRelationalParameter parameter)
        : this(parameter.InvariantName, parameter.Name, MappingOf(parameter), NullableOf(parameter), parameter.Direction)
    {
    }

    private TypedMySqlParameter(string invariantName, string name, RelationalTypeMapping mapping, bool? nullable, System.Data.ParameterDirection direction)
        : base(invariantName, name, mapping, nullable, direction)
    {
        this.mapping = mapping;
        this.nullable = nullable;
    }

    /// <summary>The parameter's type mapping (EF keeps it internal).</summary>
    public static RelationalTypeMapping MappingOf(TypeMappedRelationalParameter parameter) => GetMapping(parameter);

    public override void AddDbParameter(DbCommand command, object? value)
    {
        if (command is not MySqlCommand)
        {
            base.AddDbParameter(command, value);
            return;
        }
        var draft = (DraftParameter)mapping.CreateParameter(DraftCommand.Instance, Name, value, nullable, Direction);
        command.Parameters.Add(draft.ToMySqlParameter());
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_RelationalTypeMapping")]
    private static extern RelationalTypeMapping GetMapping(TypeMappedRelationalParameter parameter);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_IsNullable")]
    private static extern bool? NullableOf(TypeMappedRelationalParameter parameter);
}
#pragma warning restore EF1001
