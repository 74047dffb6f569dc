using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Acornima.Ast;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Runtime;

namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>
/// The one place where process JavaScript runs (conditions, script tasks, expressions): Jint without CLR access,
/// a fresh engine per evaluation (a bare variable name is read without one: <see cref="BareVariables"/>; a pure expression
/// runs on an engine kept per thread: <see cref="ExpressionEngine"/>), bounded in statements, time, memory and recursion. Any failure, including an
/// endless loop, becomes a <see cref="ScriptException"/> naming the element.
/// </summary>
public sealed class ScriptSandbox(ScriptLimits limits)
{
    private const int MaxCachedScripts = 10_000;
    private static readonly ConcurrentDictionary<string, CompiledScript> Compiled = new(StringComparer.Ordinal);
    private static readonly Prepared<Script> Prelude = JsEngine.PrepareScript(
        "var execution = { setVariable: __setVariable, getVariable: function (n) { return __getVariable(n); } }; var setVariable = __setVariable;");

    public ScriptSandbox() : this(new ScriptLimits())
    {
    }

    /// <summary>The syntax error of a script, or null when it parses.</summary>
    public static string? SyntaxErrorOf(string script)
    {
        try
        {
            Prepare(script);
            return null;
        }
        catch (ScriptPreparationException e)
        {
            return e.InnerException?.Message ?? e.Message;
        }
    }

    /// <summary>A condition's truth, as JavaScript sees it (so a missing variable is falsy, not an error).</summary>
    public bool IsTrue(string elementId, string condition, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        if (BareVariables.TryRead(condition, variables, out var plain))
        {
            return plain is JsonValue read && (read.GetValueKind() == JsonValueKind.String ? read.GetValue<string>().Length > 0 : read.GetValue<bool>());
        }
        return Expression(elementId, condition, variables, static (_, value) => TypeConverter.ToBoolean(value));
    }

    /// <summary>The value of an expression (the ${...} wrapper already removed).</summary>
    public JsonNode? Evaluate(string elementId, string expression, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        if (BareVariables.TryRead(expression, variables, out var plain))
        {
            return plain;
        }
        return Expression(elementId, expression, variables, JsValues.ToJson);
    }

    /// <summary>Runs a script task; what it sets through execution.setVariable comes back with its last value.</summary>
    public ScriptResult RunScript(string elementId, string script, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        var set = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var engine = NewEngine(variables, set);
        var value = Run(engine, elementId, Compile(elementId, script));
        return new ScriptResult(JsValues.ToJson(engine, value), set);
    }

    private T Expression<T>(string elementId, string script, IReadOnlyDictionary<string, JsonNode?> variables, Func<JsEngine, JsValue, T> read)
    {
        var compiled = Compile(elementId, script);
        if (compiled.Pure && ExpressionEngine.Take(limits, variables, NewBareEngine) is { } kept)
        {
            var result = read(kept.Engine, Run(kept.Engine, elementId, compiled));
            kept.Return();
            return result;
        }
        var engine = NewEngine(variables, null);
        return read(engine, Run(engine, elementId, compiled));
    }

    private JsEngine NewBareEngine() => new(options => options
        .LimitMemory(limits.MaxMemoryBytes)
        .TimeoutInterval(limits.Timeout)
        .MaxStatements(limits.MaxStatements)
        .LimitRecursion(limits.MaxRecursion));

    private JsEngine NewEngine(IReadOnlyDictionary<string, JsonNode?> variables, Dictionary<string, JsonNode?>? set)
    {
        var engine = NewBareEngine();
        foreach (var (name, value) in variables)
        {
            engine.SetValue(name, JsValues.ToJs(engine, value));
        }
        if (set is not null)
        {
            engine.SetValue("__setVariable", new Action<string, JsValue>((name, value) => set[name] = JsValues.ToJson(engine, value)));
            engine.SetValue("__getVariable", new Func<string, JsValue>(name =>
                set.TryGetValue(name, out var changed) ? JsValues.ToJs(engine, changed)
                    : variables.TryGetValue(name, out var value) ? JsValues.ToJs(engine, value) : JsValue.Undefined));
            engine.Execute(Prelude);
        }
        return engine;
    }

    private static CompiledScript Compile(string elementId, string script)
    {
        try
        {
            return Prepare(script);
        }
        catch (ScriptPreparationException e)
        {
            throw new ScriptException(elementId, $"the script does not parse: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    private static JsValue Run(JsEngine engine, string elementId, CompiledScript script)
    {
        try
        {
            return engine.Evaluate(script.Prepared);
        }
        catch (StatementsCountOverflowException e)
        {
            throw new ScriptException(elementId, "the script ran too many statements (an endless loop?) and was stopped.", e);
        }
        catch (TimeoutException e)
        {
            throw new ScriptException(elementId, "the script ran too long and was stopped.", e);
        }
        catch (MemoryLimitExceededException e)
        {
            throw new ScriptException(elementId, "the script used too much memory and was stopped.", e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw new ScriptException(elementId, "the script recursed too deep and was stopped.", e);
        }
        catch (JavaScriptException e)
        {
            throw new ScriptException(elementId, $"the script failed: {e.Message}", e);
        }
        catch (JintException e)
        {
            throw new ScriptException(elementId, $"the script failed: {e.Message}", e);
        }
    }

    private static CompiledScript Prepare(string script)
    {
        if (Compiled.TryGetValue(script, out var compiled))
        {
            return compiled;
        }
        var prepared = JsEngine.PrepareScript(script);
        compiled = new CompiledScript(prepared, prepared.Program is { } program && PureExpressions.IsPure(program));
        if (Compiled.Count >= MaxCachedScripts)
        {
            Compiled.Clear();
        }
        Compiled[script] = compiled;
        return compiled;
    }
}
