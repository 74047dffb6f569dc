using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace SafetyPortal.Platform.Data.MySqlParameters;

/// <summary>A command that only makes <see cref="DraftParameter"/>s, for EF's <c>CreateParameter</c>; it never runs.</summary>
internal sealed class DraftCommand : DbCommand
{
    public static readonly DraftCommand Instance = new();

    private DraftCommand()
    {
    }

    [AllowNull]
    public override string CommandText { get => ""; set => throw Unsupported(); }
    public override int CommandTimeout { get => 0; set => throw Unsupported(); }
    public override CommandType CommandType { get => CommandType.Text; set => throw Unsupported(); }
    public override bool DesignTimeVisible { get => false; set => throw Unsupported(); }
    public override UpdateRowSource UpdatedRowSource { get => UpdateRowSource.None; set => throw Unsupported(); }
    protected override DbConnection? DbConnection { get => null; set => throw Unsupported(); }
    protected override DbParameterCollection DbParameterCollection => throw Unsupported();
    protected override DbTransaction? DbTransaction { get => null; set => throw Unsupported(); }

    public override void Cancel() => throw Unsupported();
    public override int ExecuteNonQuery() => throw Unsupported();
    public override object? ExecuteScalar() => throw Unsupported();
    public override void Prepare() => throw Unsupported();
    protected override DbParameter CreateDbParameter() => new DraftParameter();
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => throw Unsupported();

    private static NotSupportedException Unsupported() => new("A draft command only creates parameters.");
}
