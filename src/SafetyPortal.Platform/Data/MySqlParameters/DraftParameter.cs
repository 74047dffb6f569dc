using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore.Storage;
using MySqlConnector;
using Pomelo.EntityFrameworkCore.MySql.Storage.Internal;

namespace SafetyPortal.Platform.Data.MySqlParameters;

/// <summary>
/// What EF's <c>CreateParameter</c> set on a parameter, kept until it is copied to a <see cref="MySqlParameter"/> in the
/// order that spares MySqlConnector its type search: the type first, then the value.
/// </summary>
internal sealed class DraftParameter : DbParameter
{
    /// <summary>MySqlConnector's answer for each DbType, asked once (its <c>DbType</c> setter searches; this is its result).</summary>
    private static readonly Dictionary<DbType, MySqlDbType> MySqlTypes = Enum.GetValues<DbType>()
        .ToDictionary(type => type, type => new MySqlParameter { DbType = type }.MySqlDbType);

    private static readonly ConcurrentDictionary<Type, bool> Draftable = new();
    private DbType? dbType;

    public override DbType DbType
    {
        get => dbType ?? DbType.String;
        set => dbType = value;
    }

    public override ParameterDirection Direction { get; set; } = ParameterDirection.Input;
    public override bool IsNullable { get; set; }

    [AllowNull]
    public override string ParameterName { get; set; } = "";

    public override int Size { get; set; }

    [AllowNull]
    public override string SourceColumn { get; set; } = "";

    public override bool SourceColumnNullMapping { get; set; }
    public override object? Value { get; set; }

    public override void ResetDbType() => dbType = null;

    /// <summary>
    /// Whether a mapping's parameters may be drafted: its <c>ConfigureParameter</c> must not need a real
    /// <see cref="MySqlParameter"/>. EF's base does nothing, and Pomelo's string mapping only sets the size and value; any
    /// other override (Pomelo's MySqlTypeMapping sets MySqlDbType, its JSON mapping too) keeps EF's usual path.
    /// </summary>
#pragma warning disable EF1001 // Pomelo's string mapping type: pinned Pomelo 9.0.0, and TypedParameterTests prove the draft matches
    public static bool CanDraft(RelationalTypeMapping mapping) => Draftable.GetOrAdd(mapping.GetType(), static type =>
    {
        var configure = type.GetMethod("ConfigureParameter", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic,
            [typeof(DbParameter)]);
        return configure?.DeclaringType == typeof(RelationalTypeMapping) || configure?.DeclaringType == typeof(MySqlStringTypeMapping);
    });
#pragma warning restore EF1001

    public MySqlParameter ToMySqlParameter()
    {
        var parameter = new MySqlParameter { ParameterName = ParameterName };
        if (Direction != ParameterDirection.Input)
        {
            parameter.Direction = Direction;
        }
        if (dbType is { } type)
        {
            parameter.MySqlDbType = MySqlTypes[type];
        }
        parameter.Value = Value;
        parameter.IsNullable = IsNullable;
        parameter.Size = Size;
        parameter.Precision = Precision;
        parameter.Scale = Scale;
        return parameter;
    }
}
