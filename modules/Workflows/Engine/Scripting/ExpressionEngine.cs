using System.Text.Json.Nodes;
using JsEngine = Jint.Engine;

namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>
/// A sandboxed engine kept per thread for pure expressions (<see cref="PureExpressions"/>): building a Jint engine per
/// expression was most of an expression's cost. Before each use the variables of the last one that this one lacks are
/// deleted and this one's are set, so the expression sees exactly its own variables, as on a fresh engine; the limits are
/// the same, and Jint resets them at each evaluation. A variable named like a global of the engine (<c>Math</c>), or an
/// expression that failed, means a fresh engine instead (the kept one is dropped after a failure).
/// </summary>
internal sealed class ExpressionEngine
{
    [ThreadStatic]
    private static ExpressionEngine? kept;

    private static readonly Lazy<HashSet<string>> Globals = new(() =>
        new JsEngine().Global.GetOwnPropertyKeys().Select(key => key.ToString()).ToHashSet(StringComparer.Ordinal));

    private readonly ScriptLimits limits;
    private readonly HashSet<string> set = new(StringComparer.Ordinal);

    private ExpressionEngine(ScriptLimits limits, JsEngine engine)
    {
        this.limits = limits;
        Engine = engine;
    }

    public JsEngine Engine { get; }

    /// <summary>This thread's engine with <paramref name="variables"/> set, or null when the expression needs a fresh one.</summary>
    public static ExpressionEngine? Take(ScriptLimits limits, IReadOnlyDictionary<string, JsonNode?> variables, Func<JsEngine> create)
    {
        foreach (var name in variables.Keys)
        {
            if (Globals.Value.Contains(name))
            {
                return null;
            }
        }
        var engine = kept is { } reused && ReferenceEquals(reused.limits, limits) ? reused : new ExpressionEngine(limits, create());
        kept = null; // Held while in use: a failure leaves it dropped.
        return engine.Set(variables) ? engine : null;
    }

    /// <summary>Keeps the engine for this thread's next expression (after a successful evaluation only).</summary>
    public void Return() => kept = this;

    private bool Set(IReadOnlyDictionary<string, JsonNode?> variables)
    {
        foreach (var name in set)
        {
            if (!variables.ContainsKey(name) && !Engine.Global.Delete(name))
            {
                return false;
            }
        }
        set.Clear();
        foreach (var (name, value) in variables)
        {
            Engine.SetValue(name, JsValues.ToJs(Engine, value));
            set.Add(name);
        }
        return true;
    }
}
