using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// A query compiled once per EF model (EF.CompileAsyncQuery): EF binds a compiled query to the model of the first context
/// that runs it, and one process may hold several (the HTTP tests run SQLite and MariaDB side by side), so each model gets
/// its own compilation.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var model = db.Model;
        return _byModel.TryGetValue(model, out var query) ? query : _byModel.GetValue(model, _ => compile());
    }
}
