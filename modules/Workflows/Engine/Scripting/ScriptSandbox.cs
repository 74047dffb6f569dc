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
/// a fresh engine per evaluation (a bare variable name is read without one: <see cref="BareVariables"/>), bounded in statements, time, memory and recursion. Any failure, including an
/// endless loop, becomes a <see cref="ScriptException"/> naming the element.
/// </summary>
public sealed class ScriptSandbox(ScriptLimits limits)
{
    private const int MaxCachedScripts = 10_000;
    private static readonly ConcurrentDictionary<string, Prepared<Script>> Prepared = new(StringComparer.Ordinal);
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
        var engine = NewEngine(variables, null);
        var value = Run(engine, elementId, condition);
        return TypeConverter.ToBoolean(value);
    }

    /// <summary>The value of an expression (the ${...} wrapper already removed).</summary>
    public JsonNode? Evaluate(string elementId, string expression, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        if (BareVariables.TryRead(expression, variables, out var plain))
        {
            return plain;
        }
        var engine = NewEngine(variables, null);
        return JsValues.ToJson(engine, Run(engine, elementId, expression));
    }

    /// <summary>Runs a script task; what it sets through execution.setVariable comes back with its last value.</summary>
    public ScriptResult RunScript(string elementId, string script, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        var set = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var engine = NewEngine(variables, set);
        var value = Run(engine, elementId, script);
        return new ScriptResult(JsValues.ToJson(engine, value), set);
    }

    private JsEngine NewEngine(IReadOnlyDictionary<string, JsonNode?> variables, Dictionary<string, JsonNode?>? set)
    {
        var engine = new JsEngine(options => options
            .LimitMemory(limits.MaxMemoryBytes)
            .TimeoutInterval(limits.Timeout)
            .MaxStatements(limits.MaxStatements)
            .LimitRecursion(limits.MaxRecursion));
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

    private static JsValue Run(JsEngine engine, string elementId, string script)
    {
        Prepared<Script> prepared;
        try
        {
            prepared = Prepare(script);
        }
        catch (ScriptPreparationException e)
        {
            throw new ScriptException(elementId, $"the script does not parse: {e.InnerException?.Message ?? e.Message}", e);
        }
        try
        {
            return engine.Evaluate(prepared);
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

    private static Prepared<Script> Prepare(string script)
    {
        if (Prepared.TryGetValue(script, out var prepared))
        {
            return prepared;
        }
        prepared = JsEngine.PrepareScript(script);
        if (Prepared.Count >= MaxCachedScripts)
        {
            Prepared.Clear();
        }
        Prepared[script] = prepared;
        return prepared;
    }
}
