using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Scripting;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>
/// A pure expression runs on an engine kept per thread: each evaluation must still see only its own variables, and
/// nothing one script does may reach the next, as with a fresh engine per evaluation.
/// </summary>
public sealed class ExpressionEngineTests
{
    private const string DueIn = "level == 'Major' ? 'P30D' : 'P7D'";
    private static readonly ScriptSandbox Sandbox = new();

    [Theory]
    [InlineData(DueIn, true)]
    [InlineData("score >= 60 && passed", true)]
    [InlineData("`${a.b}-${c[0]}` + (x ?? 'none')", true)]
    [InlineData("!(typeof x === 'undefined') || [1, {k: 2}].length > 1", true)]
    [InlineData("x = 1", false)]
    [InlineData("x++", false)]
    [InlineData("delete a.b", false)]
    [InlineData("f()", false)]
    [InlineData("a.b.c()", false)]
    [InlineData("new Date()", false)]
    [InlineData("(() => 1)", false)]
    [InlineData("({ get x() { return 1; } })", false)]
    [InlineData("tag`x`", false)]
    [InlineData("var a = 1", false)]
    [InlineData("1; 2", false)]
    [InlineData("while (true) {}", false)]
    public void Only_an_expression_that_changes_nothing_is_pure(string script, bool pure) =>
        Assert.Equal(pure, PureExpressions.IsPure(Jint.Engine.PrepareScript(script).Program!));

    [Fact]
    public void Each_evaluation_sees_only_its_own_variables()
    {
        Assert.Equal("P30D", Sandbox.Evaluate("Due", DueIn, Vars(("level", "Major")))!.GetValue<string>());
        Assert.Equal("P7D", Sandbox.Evaluate("Due", DueIn, Vars(("level", "Minor"), ("other", 1)))!.GetValue<string>());
        // The variable of the evaluations before is gone, as on a fresh engine: a ReferenceError naming the element.
        var error = Assert.Throws<ScriptException>(() => Sandbox.Evaluate("Due", DueIn, Vars(("other", 1))));
        Assert.Contains("Due", error.Message, StringComparison.Ordinal);
        Assert.False(Sandbox.IsTrue("C", "typeof level !== 'undefined' || typeof other !== 'undefined'", Vars()));
        // After a failure the next evaluation runs as usual.
        Assert.Equal("P30D", Sandbox.Evaluate("Due", DueIn, Vars(("level", "Major")))!.GetValue<string>());
    }

    [Fact]
    public void What_a_script_changes_does_not_reach_the_next_expression()
    {
        Assert.Equal(5, Sandbox.Evaluate("E", "(leaked = 5)", Vars())!.GetValue<long>());
        Assert.Equal(1, Sandbox.Evaluate("E", "(Object.prototype.leaked = 1)", Vars())!.GetValue<long>());
        Assert.Equal("undefined", Sandbox.Evaluate("E", "typeof leaked", Vars())!.GetValue<string>());
        Assert.Equal("undefined", Sandbox.Evaluate("E", "typeof ({}).leaked", Vars())!.GetValue<string>());
    }

    [Fact]
    public void Object_variables_are_read_afresh_each_time()
    {
        Assert.Equal("Major", Sandbox.Evaluate("E", "risk.level", Vars(("risk", JsonNode.Parse("""{"level":"Major"}"""))))!.GetValue<string>());
        Assert.Equal("Minor", Sandbox.Evaluate("E", "risk.level", Vars(("risk", JsonNode.Parse("""{"level":"Minor"}"""))))!.GetValue<string>());
    }

    [Fact]
    public void The_limits_hold_for_each_evaluation()
    {
        var sandbox = new ScriptSandbox(new ScriptLimits { MaxStatements = 50 });
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("P7D", sandbox.Evaluate("Due", DueIn, Vars(("level", "Minor")))!.GetValue<string>());
            var error = Assert.Throws<ScriptException>(() => sandbox.Evaluate("Loop", "(function () { for (;;) {} })()", Vars()));
            Assert.Contains("too many statements", error.Message, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, JsonNode?> Vars(params (string Name, JsonNode? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
